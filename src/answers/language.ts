/**
 * Which language a question is written in: English or Norwegian (bokmål and nynorsk read
 * alike here). Deterministic and model-free: words that are English and not Norwegian
 * («the», «how», «can», «dividend») against words that are Norwegian and not English
 * («hva», «kan», «ikkje», «utbytte»). Norwegian wins a tie, so a question of only names
 * and abbreviations («VTA § 14-5») stays Norwegian.
 */
export type Language = 'nb' | 'en';

/**
 * English words that are not Norwegian words. Left out on purpose: «a» (§ 14 A-6), and the
 * words Norwegian has too: «to» (two), «at» (that), «by» (town), «time» (hour), «person».
 */
/** English words that are not Norwegian words: function words, question words, and the domain's common terms. */
const ENGLISH = new Set(
  (
    'the an is are was were be been being can could may might must shall should will would do does did done have has had ' +
    'what who whom whose which when where why how much many long often there their they them we our us you your it its this that these those ' +
    'of to in on at by with from about into than then if or and not no yes any some all each every one someone anyone somebody ' +
    'get gets pay paid pays work works working rules rule law laws allowed allow permitted need needs required require apply applies ' +
    'dividend dividends profit profits company companies provider providers employer employers employee employees employment sheltered ' +
    'municipality municipalities county state grant grants funding contract contracts reserved procurement public buyer buyers supplier ' +
    'approval approved approve participant participants disability disabled disabilities people limit year years month months ' +
    'share percent owner owners owned ownership cooperation threshold value worth measure measures scheme schemes place places training ' +
    'wage wages salary salaries hire hiring sell buy goods services tender tenders notice please tell me explain difference between ' +
    // Words of the topics offered in English (labels.ts), so a click on one is answered in English.
    'duration thresholds extended municipal'
  ).split(' '),
);

/** Norwegian (bokmål or nynorsk) words that are not English words. */
const NORWEGIAN = new Set(
  (
    'er var kan må skal har hadde får fikk kunne måtte skulle vil ville blir ble vert vart være vere ' +
    'hva kva hvem kven hvor kor hvordan korleis når kva slags hvilke hvilken kvifor hvorfor lenge mye mykje mange ' +
    'og eller ikke ikkje ein eit en et ei den det de dei vi me jeg eg du dere dykk han hun ho som til på av med fra frå om ' +
    'etter før under over mellom hos uten utan også berre bare noen nokon alle kommunen kommune fylkeskommune staten stat ' +
    'bedrift bedrifter verksemd virksomhet tiltaksarrangør arrangør utbytte tilskudd tilskot deltaker deltakar ansatte tilsette ' +
    'lov loven forskrift forskriften regler reglane reglene kontrakt kontrakten anskaffelse anskaffelser innkjøp verdi andel prosent ' +
    'godkjent godkjenning egenregi eigenregi samarbeid terskel terskelverdi varer tjenester tenester millioner mill kroner kr ' +
    'hei takk hjelp gjelder gjeld betale betala ansette tilsetje reservere reservert nedsatt funksjonsevne uføretrygd'
  ).split(' '),
);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/** The language a question is in; Norwegian unless English words clearly outnumber Norwegian ones. */
export function detectLanguage(text: string): Language {
  let en = 0;
  let nb = 0;
  for (const w of words(text.slice(0, 800))) {
    if (NORWEGIAN.has(w)) nb++;
    else if (ENGLISH.has(w)) en++;
    // Letters English never uses mark Norwegian strongly.
    if (/[æøå]/.test(w)) nb++;
  }
  return en > nb ? 'en' : 'nb';
}
