/**
 * Every fixed word the bot says, in Norwegian and English, in one place: the lookup reply,
 * small talk, the help and the Home tab, the console's own lines, and the fixed parts of a
 * check's verdict. Shared by the console and Slack. The English table has the Norwegian
 * table's type, so a label added to one and not the other does not compile. What comes
 * from the knowledge (titles, summaries, figure labels) is chosen in reply-text.ts.
 */
import type { LookupHit } from '../search/lookup.ts';
import type { Entry, Source } from '../knowledge/schema.ts';
import type { Language } from './language.ts';

const NB = {
  // A lookup reply.
  hitsFor: 'Treff for',
  of: 'av',
  rulesAsOf: 'regelverket per',
  rulesAsOfLine: 'Regelverket per',
  numbers: 'Tall',
  change: 'Endring',
  note: 'Merk',
  moreResults: 'Flere treff',
  share: 'Del i kanalen',
  readLovdata: 'Les på Lovdata',
  openSource: 'Åpne kilden',
  source: 'Kilde',
  footer: 'ikke juridisk rådgivning. Les alltid kilden.',
  lookupIn: 'Oppslag i kunnskapsbasen',
  knowledgeBase: 'Kunnskapsbase',
  noHits: 'Fant ingenting som passer godt til',
  outsideScope: (schemes: string[]) => `Dette gjelder ${schemes.map((x) => `«${x}»`).join(' og ')}, som boten ikke dekker. Den svarer om VTA og AFT, krav til tiltaksarrangører og offentlige kjøp fra arbeidsinkluderingsbedrifter.`,
  tryTopics: 'Prøv et av disse temaene, eller slå opp en bestemmelse direkte, f.eks. `§ 14-5` eller `foa 8-8`.',
  tryExamples: 'Prøv for eksempel',
  tryCitation: 'Du kan også slå opp en bestemmelse direkte, f.eks. «§ 14-5» eller «foa 8-8».',
  moreHits: (n: number) => `(${n} treff til)`,
  typeMore: '(skriv «mer» for flere treff)',
  alsoHits: 'Også',
  resultsFor: (n: number, query: string) => `${n} treff for «${query}»`,
  sharedByLookup: (user: string) => `Delt av <@${user}> med /vta-rules`,
  showLawText: 'Vis lovteksten',
  checkButton: 'Sjekk',
  tryCheck: 'Prøv sjekken',
  checkOutcomeLead: 'Med opplysningene i spørsmålet:',
  why: 'Hvorfor',
  useful: ':thumbsup: Nyttig',
  notUseful: ':thumbsdown: Ikke nyttig',
  follow: 'Følg endringer',

  // Small talk.
  greeting: 'Hei! Jeg slår opp reglene for VTA, AFT og kjøp fra arbeidsinkluderingsbedrifter, med kilde.',
  thanks: 'Bare hyggelig! Spør igjen når du vil.',
  askForExample: 'Du kan for eksempel spørre:',
  typeHelp: 'Skriv «hjelp» for alt jeg kan.',

  // The help, in Slack and in the console.
  helpHeading: 'Slik spør du',
  helpSlack:
    'Skriv et spørsmål eller en paragraf etter kommandoen. Svaret viser bestemmelsen, om den gjelder nå (eller bare er et forslag eller historisk), et kort sammendrag og lenke til kilden. Bare du ser svaret til du deler det.',
  helpConsole:
    'Slik spør du: skriv et spørsmål eller en paragraf. Svaret viser bestemmelsen, om den gjelder nå (eller bare er et forslag eller historisk), et kort sammendrag og lenke til kilden.',
  examples: 'Eksempler',
  chooseTopic: 'Eller velg et tema:',
  topics: 'Temaer',
  checks: 'Regelsjekker',
  checksOpenForm: 'Uten opplysninger åpner kommandoen et skjema.',
  checksConsole: 'Regelsjekker (uten opplysninger viser kommandoen spørsmålene):',
  helpFallback: 'Slik bruker du /vta-rules: skriv et spørsmål eller en paragraf, f.eks. /vta-rules utbytte',
  consoleWords: 'I konsollen: mer (neste side) · hjelp · avslutt',

  // The console's own lines.
  askFirst: 'Still et spørsmål først, så kan du skrive «mer» for flere treff.',
  noMore: 'Ingen flere treff.',
  tooLong: (n: number, max: number) => `Spørsmålet er for langt (${n} tegn, høyst ${max}). Spør om én ting om gangen.`,
  somethingWrong: 'Beklager, noe gikk galt med dette spørsmålet. Prøv å formulere det annerledes.',

  // The Home tab.
  homeIntro:
    'Slår opp reglene for arbeidsmarkedstiltak (VTA, VTA-O, AFT), godkjenning av tiltaksarrangører og kjøp fra arbeidsinkluderingsbedrifter (reserverte kontrakter, utvidet egenregi, 100 000-kronersgrensen, terskelverdier). Hvert svar viser kilden og om regelen gjelder nå, gjelder fra en dato, er veiledning, bakgrunn, historisk eller bare et *forslag*. Ingen språkmodell: svarene er slått opp i en kontrollert kunnskapsbase.',
  homeAsk: 'Spør',
  homeMention: 'Du kan også nevne meg i en kanal eller sende meg en direktemelding.',
  homeCheck: 'Sjekk en sak',
  homeKnowledge: 'Kunnskapsbasen',
  homeVersion: 'Versjon',
  homeLastVerified: 'Sist kontrollert',
  homeUnknown: 'ukjent',
  homeEntries: 'Oppføringer',
  homeSources: 'Kilder',
  homeFooter: 'Svarene er oppslag, ikke juridisk rådgivning. Les alltid kilden før du bruker et svar.',
  homeInForceFrom: 'i kraft fra',
  homeAwaiting: (n: number, date: string) => `:pencil2: *${n} ${n === 1 ? 'oppføring venter' : 'oppføringer venter'} på gjennomgang* etter endringer i Lovdata (kontrollert ${date}).`,
  homeNoneAwaiting: (date: string) => `:white_check_mark: Ingen oppføringer venter på gjennomgang etter endringer i Lovdata (kontrollert ${date}).`,
  sourceStatus: {
    in_force: ':white_check_mark: gjeldende rett',
    proposed: ':warning: *FORSLAG, ikke gjeldende rett*',
    guidance: ':blue_book: veiledning',
    background: ':page_facing_up: bakgrunn',
    historical: ':no_entry: *historisk*',
  } as Record<Source['status'], string>,

  // A check's verdict: the fixed parts (the check file gives the rest).
  checkRulesAsOf: (date: string) => `Regelverket per ${date}.`,
  outcome: 'Utfall',
  procedure: 'Prosedyre',
  unresolved: '? (uavklart)',
  basisLabel: 'Hjemmel',
  routes: 'Veier',
  possibleRoutes: 'Mulige veier',
  criteria: 'Vilkår',
  usedCriteria: 'Vilkår i de underliggende vurderingene',
  questionsToAnswer: 'Spørsmål som må besvares',
  answerForCertainty: 'Dette må du svare på for et sikkert svar:',
  sources: 'Kilder',
  checkDisclaimer: 'Dette er en regelbasert vurdering av opplysningene du har gitt, ikke juridisk rådgivning.',
  discretion: ' (NAV avgjør etter skjønn hvis ikke oppfylt)',
  alternative: ' (alternativ vei)',
  basisGuidanceText: ' – retningslinje/veiledning, ikke lov eller forskrift',
  basisBackgroundText: ' – bakgrunn, ikke regel',
  basisGuidance: ' _(bygger på veiledning, ikke lov eller forskrift)_',
  basisBackground: ' _(bygger på bakgrunnsmateriale, ikke regel)_',
  caveatText: 'Merk (ikke kildebelagt)',
  caveat: 'Forbehold',
  notRelevant: ' _(ikke aktuelt her)_',
  procedureRules: 'Regelverk for anskaffelsen',
  factsGiven: 'Opplysninger',
  noFacts: 'ingen',
  checkFooter: (version: string) => `Regelsjekk mot kunnskapsbasen ${version}, ikke juridisk rådgivning. Les kildene.`,
  sharedBy: (user: string) => `Delt av <@${user}>`,
  citedStatus: {
    in_force: '',
    guidance: ' (veiledning)',
    background: ' (bakgrunn)',
    proposed: ' (FORSLAG, ikke gjeldende rett)',
    historical: ' (HISTORISK)',
  } as Record<Source['status'], string>,

  // A check asked for on one line: errors, its help, its form in a terminal.
  couldNotRead: 'Kunne ikke lese opplysningene',
  couldNotReadFor: (command: string) => `Kunne ikke lese opplysningene til ${command}.`,
  writeForExample: (example: string, command: string) => `Skriv f.eks. ${example}, eller bare ${command} for spørsmålene.`,
  writeForExampleSlack: (example: string, command: string) => `Skriv f.eks. ${example}, eller bare ${command} for et skjema.`,
  helpListsNames: (command: string) => `(${command} hjelp viser alle navnene)`,
  withWhatCouldBeRead: 'Med opplysningene som kunne leses:',
  factsYouCanGive: 'Opplysninger du kan gi:',
  howToUse: (command: string) => `Slik bruker du ${command}`,
  factHelpConsole: (command: string, example: string) => `Skriv ${command} alene for spørsmålene, eller gi opplysningene direkte, f.eks. ${example}. Det du ikke vet, utelater du.`,
  factHelpSlack: (command: string, example: string) => `Skriv ${command} alene for et skjema, eller gi opplysningene direkte, f.eks. ${example}. Det du ikke vet, utelater du.`,
  yesNo: '(ja/nei)',
  yesNoUnknown: '  (Ja / Nei / Vet ikke)',
  formIntro: 'Svar på det du vet. Det du ikke vet, utelater du: da sier svaret hva som mangler.',
  formInTerminal: 'I Slack åpner dette et skjema. Her skriver du svarene på én linje, f.eks.:',
  checksUnavailable: (command: string) => `${command} er ikke tilgjengelig ennå: regelsjekkene er ikke lastet. Du kan slå opp reglene med /vta-rules.`,
  checksUnavailableShort: (command: string) => `${command} er ikke tilgjengelig ennå.`,
  unknownCommand: (command: string, commands: string) => `Kjenner ikke ${command}. Kommandoer: ${commands}.`,
  checksUnavailableSlack: (command: string) => `:construction: \`${command}\` er ikke tilgjengelig ennå: regelsjekkene er ikke lastet. Du kan slå opp reglene med \`/vta-rules\`.`,

  // A value of one fact that could not be read (typed on one line or in the form).
  answerYesNo: 'Svar ja, nei eller vet ikke.',
  chooseOneOf: (choices: string) => `Velg en av: ${choices}.`,
  unknownChoice: (part: string, choices: string) => `Kjenner ikke «${part}». Velg blant: ${choices} (skill med komma).`,
  writeNumber: (example: string) => `Skriv et tall, f.eks. ${example}.`,
  betweenRange: (min: number, max: number, unit: string) => `Må være fra ${min} til ${max}${unit}.`,
  atLeast: (min: number, unit: string) => `Må være minst ${min}${unit}.`,
  atMost: (max: number, unit: string) => `Må være høyst ${max}${unit}.`,
  unitNok: ' kr',
  unknownFactName: (name: string, near: string | undefined, names: string) => `Kjenner ikke «${name}».${near ? ` Mente du «${near}»?` : ''} Gyldige navn: ${names}.`,
  missingEquals: (loose: string, hint: string) => `«${loose}» mangler «=». ${hint}`,
  numbersWithoutSpaces: (name: string) => `Tall skrives uten mellomrom (${name}=450000) eller i anførselstegn (${name}="450 000").`,
  writeNameValue: (example: string) => `Skriv navn=verdi, f.eks. ${example}.`,
  noRuleValue: (allowed: string) => `Kunnskapsbasen har ikke tallene regelen trenger for denne datoen. Prøv ${allowed}.`,
  unknownCheck: (allowed: string) => `Ukjent regelsjekk. Tilgjengelige: ${allowed}.`,
  dateFormat: 'Datoen må skrives ÅÅÅÅ-MM-DD.',

  // A check's form in Slack (a modal) and its result.
  formModalIntro: 'Svar på det du vet. La et felt stå tomt hvis du ikke vet: da sier svaret hva som mangler. Svaret bygger på reglene i kunnskapsbasen, med kilder.',
  formSubmit: 'Sjekk',
  formCancel: 'Avbryt',
  yes: 'Ja',
  no: 'Nei',
  dontKnow: 'Vet ikke',
  choose: 'Velg',
  chooseAll: 'Velg alle som passer',
  noneOfThese: 'Ingen av disse',
  percentPlaceholder: 'Prosent, f.eks. 35',
  nokPlaceholder: 'Kroner uten mva., f.eks. 450 000',
  numberPlaceholder: 'Et tall',
  resultTitle: 'Resultat',
  close: 'Lukk',
  wentWrongTitle: 'Noe gikk galt',
  tooLongInput: (length: string, max: number) => `:straight_ruler: Teksten er for lang (${length} tegn). Jeg leser høyst ${max} tegn: still ett spørsmål om gangen, med færre ord.`,
  apology: ':face_with_head_bandage: Beklager, noe gikk galt hos meg, og jeg kunne ikke svare. Prøv igjen om litt, eller still spørsmålet litt annerledes.',

  // «Vis lovteksten»: the modal with Lovdata's wording.
  lawTextTitle: 'Lovteksten',
  lawTextNotLoaded: 'Lovdatas tekst av denne bestemmelsen er ikke lastet inn her.',
  readItOnLovdata: 'Les den på Lovdata',
  readProvisionOnLovdata: 'Les bestemmelsen på Lovdata',
  lawTextAsOf: (document: string, date: string) => `Lovdatas tekst av ${document} per ${date}.`,

  // 👍 / 👎 and «Følg endringer».
  thanksUp: 'Takk!',
  thanksUpStored: 'Takk! Det er nyttig å vite at svaret hjalp.',
  thanksDown: 'Takk for at du sa fra. Redaktørene av kunnskapsbasen får se spørsmålet og hvilke treff du fikk, uten navnet ditt.',
  followGone: 'Fant ikke den oppføringen i kunnskapsbasen lenger, så den kan ikke følges. Slå opp spørsmålet på nytt.',
  unfollowed: (title: string) => `Du følger ikke lenger «${title}».`,
  followed: (title: string) => `Du følger nå «${title}». Du får en kort melding fra meg når oppføringen endres.`,
  alreadyFollowing: (title: string) => `Du følger allerede «${title}».`,

  // The Home tab's switch to the other language.
  homeOtherLanguage: 'In English',
};

export type Labels = typeof NB;

const EN: Labels = {
  hitsFor: 'Results for',
  of: 'of',
  rulesAsOf: 'rules as of',
  rulesAsOfLine: 'Rules as of',
  numbers: 'Figures',
  change: 'Change',
  note: 'Note',
  moreResults: 'More results',
  share: 'Share in channel',
  readLovdata: 'Read on Lovdata',
  openSource: 'Open the source',
  source: 'Source',
  footer: 'not legal advice. Always read the source.',
  lookupIn: 'Lookup in knowledge base',
  knowledgeBase: 'Knowledge base',
  noHits: 'Found nothing that fits',
  outsideScope: (schemes: string[]) => `This is about ${schemes.map((x) => `«${x}»`).join(' and ')}, which this bot does not cover. It answers about VTA and AFT, requirements for providers, and public purchases from work-inclusion companies.`,
  tryTopics: 'Try one of these topics, or look up a provision directly, e.g. `§ 14-5` or `foa 8-8`.',
  tryExamples: 'Try for example',
  tryCitation: 'You can also look up a provision directly, e.g. «§ 14-5» or «foa 8-8».',
  moreHits: (n: number) => `(${n} more results)`,
  typeMore: '(type «more» for more results)',
  alsoHits: 'Also',
  resultsFor: (n: number, query: string) => `${n} results for «${query}»`,
  sharedByLookup: (user: string) => `Shared by <@${user}> with /vta-rules`,
  showLawText: 'Show the law text',
  checkButton: 'Check',
  tryCheck: 'Try the check',
  checkOutcomeLead: 'With the facts in your question:',
  why: 'Why',
  useful: ':thumbsup: Useful',
  notUseful: ':thumbsdown: Not useful',
  follow: 'Follow changes',

  greeting: 'Hi! I look up the rules for VTA, AFT and buying from work-inclusion companies, with the source.',
  thanks: 'You are welcome! Ask again any time.',
  askForExample: 'You can ask, for example:',
  typeHelp: 'Type «help» for everything I can do.',

  helpHeading: 'How to ask',
  helpSlack:
    'Type a question or a section after the command. The answer shows the provision, whether it applies now (or is only a proposal or historical), a short summary and a link to the source. Only you see the answer until you share it.',
  helpConsole:
    'How to ask: type a question or a section. The answer shows the provision, whether it applies now (or is only a proposal or historical), a short summary and a link to the source.',
  examples: 'Examples',
  chooseTopic: 'Or choose a topic:',
  topics: 'Topics',
  checks: 'Rule checks',
  checksOpenForm: 'Without facts the command opens a form.',
  checksConsole: 'Rule checks (without facts the command shows the questions):',
  helpFallback: 'How to use /vta-rules: type a question or a section, e.g. /vta-rules dividend',
  consoleWords: 'In the console: more (next page) · help · quit',

  askFirst: 'Ask a question first; then you can type «more» for more results.',
  noMore: 'No more results.',
  tooLong: (n: number, max: number) => `The question is too long (${n} characters, at most ${max}). Ask about one thing at a time.`,
  somethingWrong: 'Sorry, something went wrong with this question. Try putting it another way.',

  homeIntro:
    'Looks up the rules for labour market measures (VTA, VTA-O, AFT), approval of providers and buying from work-inclusion companies (reserved contracts, extended in-house provision, the NOK 100 000 limit, thresholds). Every answer shows the source and whether the rule applies now, applies from a date, is guidance, background, historical or only a *proposal*. No language model: the answers are looked up in a checked knowledge base. Ask in English and the answer comes in English; the sources are Norwegian.',
  homeAsk: 'Ask',
  homeMention: 'You can also mention me in a channel or send me a direct message.',
  homeCheck: 'Check a case',
  homeKnowledge: 'The knowledge base',
  homeVersion: 'Version',
  homeLastVerified: 'Last checked',
  homeUnknown: 'unknown',
  homeEntries: 'Entries',
  homeSources: 'Sources',
  homeFooter: 'The answers are lookups, not legal advice. Always read the source before you use an answer.',
  homeInForceFrom: 'in force from',
  homeAwaiting: (n: number, date: string) => `:pencil2: *${n} ${n === 1 ? 'entry awaits' : 'entries await'} review* after changes in Lovdata (checked ${date}).`,
  homeNoneAwaiting: (date: string) => `:white_check_mark: No entries await review after changes in Lovdata (checked ${date}).`,
  sourceStatus: {
    in_force: ':white_check_mark: law in force',
    proposed: ':warning: *PROPOSAL, not law*',
    guidance: ':blue_book: guidance',
    background: ':page_facing_up: background',
    historical: ':no_entry: *historical*',
  },

  checkRulesAsOf: (date: string) => `Rules as of ${date}.`,
  outcome: 'Outcome',
  procedure: 'Procedure',
  unresolved: '? (unresolved)',
  basisLabel: 'Legal basis',
  routes: 'Routes',
  possibleRoutes: 'Possible routes',
  criteria: 'Conditions',
  usedCriteria: 'Conditions in the underlying assessments',
  questionsToAnswer: 'Questions to answer',
  answerForCertainty: 'Answer these for a firm answer:',
  sources: 'Sources',
  checkDisclaimer: 'This is a rule-based assessment of the facts you gave, not legal advice.',
  discretion: ' (NAV decides at its discretion if not met)',
  alternative: ' (alternative route)',
  basisGuidanceText: ' – guideline/guidance, not an act or regulation',
  basisBackgroundText: ' – background, not a rule',
  basisGuidance: ' _(rests on guidance, not an act or regulation)_',
  basisBackground: ' _(rests on background material, not a rule)_',
  caveatText: 'Note (no source)',
  caveat: 'Caveat',
  notRelevant: ' _(not relevant here)_',
  procedureRules: 'Rules for the procurement',
  factsGiven: 'Facts',
  noFacts: 'none',
  checkFooter: (version: string) => `Rule check against knowledge base ${version}, not legal advice. Read the sources.`,
  sharedBy: (user: string) => `Shared by <@${user}>`,
  citedStatus: {
    in_force: '',
    guidance: ' (guidance)',
    background: ' (background)',
    proposed: ' (PROPOSAL, not law)',
    historical: ' (HISTORICAL)',
  },

  couldNotRead: 'Could not read the facts',
  couldNotReadFor: (command: string) => `Could not read the facts for ${command}.`,
  writeForExample: (example: string, command: string) => `Type e.g. ${example}, or just ${command} for the questions.`,
  writeForExampleSlack: (example: string, command: string) => `Type e.g. ${example}, or just ${command} for a form.`,
  helpListsNames: (command: string) => `(${command} help lists every name)`,
  withWhatCouldBeRead: 'With the facts that could be read:',
  factsYouCanGive: 'Facts you can give:',
  howToUse: (command: string) => `How to use ${command}`,
  factHelpConsole: (command: string, example: string) => `Type ${command} alone for the questions, or give the facts directly, e.g. ${example}. Leave out what you do not know.`,
  factHelpSlack: (command: string, example: string) => `Type ${command} alone for a form, or give the facts directly, e.g. ${example}. Leave out what you do not know.`,
  yesNo: '(yes/no)',
  yesNoUnknown: '  (Yes / No / Do not know)',
  formIntro: 'Answer what you know. Leave out what you do not know: the answer then says what is missing.',
  formInTerminal: 'In Slack this opens a form. Here you type the answers on one line, e.g.:',
  checksUnavailable: (command: string) => `${command} is not available yet: the rule checks are not loaded. You can look up the rules with /vta-rules.`,
  checksUnavailableShort: (command: string) => `${command} is not available yet.`,
  unknownCommand: (command: string, commands: string) => `Unknown command ${command}. Commands: ${commands}.`,
  checksUnavailableSlack: (command: string) => `:construction: \`${command}\` is not available yet: the rule checks are not loaded. You can look up the rules with \`/vta-rules\`.`,

  answerYesNo: 'Answer yes, no or unknown.',
  chooseOneOf: (choices: string) => `Choose one of: ${choices}.`,
  unknownChoice: (part: string, choices: string) => `Unknown value «${part}». Choose from: ${choices} (separate with commas).`,
  writeNumber: (example: string) => `Type a number, e.g. ${example}.`,
  betweenRange: (min: number, max: number, unit: string) => `Must be from ${min} to ${max}${unit}.`,
  atLeast: (min: number, unit: string) => `Must be at least ${min}${unit}.`,
  atMost: (max: number, unit: string) => `Must be at most ${max}${unit}.`,
  unitNok: ' NOK',
  unknownFactName: (name: string, near: string | undefined, names: string) => `Unknown name «${name}».${near ? ` Did you mean «${near}»?` : ''} Valid names: ${names}.`,
  missingEquals: (loose: string, hint: string) => `«${loose}» has no «=». ${hint}`,
  numbersWithoutSpaces: (name: string) => `Type numbers without spaces (${name}=450000) or in quotes (${name}="450 000").`,
  writeNameValue: (example: string) => `Type name=value, e.g. ${example}.`,
  noRuleValue: (allowed: string) => `The knowledge base does not have the figures the rule needs for this date. Try ${allowed}.`,
  unknownCheck: (allowed: string) => `Unknown rule check. Available: ${allowed}.`,
  dateFormat: 'Write the date as YYYY-MM-DD.',

  formModalIntro: 'Answer what you know. Leave a field empty if you do not know: the answer then says what is missing. The answer rests on the rules in the knowledge base, with sources.',
  formSubmit: 'Check',
  formCancel: 'Cancel',
  yes: 'Yes',
  no: 'No',
  dontKnow: 'Do not know',
  choose: 'Choose',
  chooseAll: 'Choose all that apply',
  noneOfThese: 'None of these',
  percentPlaceholder: 'Percent, e.g. 35',
  nokPlaceholder: 'NOK excl. VAT, e.g. 450 000',
  numberPlaceholder: 'A number',
  resultTitle: 'Result',
  close: 'Close',
  wentWrongTitle: 'Something went wrong',
  tooLongInput: (length: string, max: number) => `:straight_ruler: The text is too long (${length} characters). I read at most ${max} characters: ask one question at a time, in fewer words.`,
  apology: ':face_with_head_bandage: Sorry, something went wrong on my side and I could not answer. Try again in a little while, or put the question a little differently.',

  lawTextTitle: 'The law text',
  lawTextNotLoaded: "Lovdata's text of this provision is not loaded here.",
  readItOnLovdata: 'Read it on Lovdata',
  readProvisionOnLovdata: 'Read the provision on Lovdata',
  lawTextAsOf: (document: string, date: string) => `Lovdata's text of ${document} as of ${date}.`,

  thanksUp: 'Thank you!',
  thanksUpStored: 'Thank you! It is useful to know that the answer helped.',
  thanksDown: 'Thank you for telling us. The editors of the knowledge base will see the question and the results you got, without your name.',
  followGone: 'That entry is no longer in the knowledge base, so it cannot be followed. Look the question up again.',
  unfollowed: (title: string) => `You no longer follow «${title}».`,
  followed: (title: string) => `You now follow «${title}». You will get a short message from me when the entry changes.`,
  alreadyFollowing: (title: string) => `You already follow «${title}».`,

  homeOtherLanguage: 'På norsk',
};

export const LABELS: Record<Language, Labels> = { nb: NB, en: EN };

/** The fixed words in the asker's language; Norwegian when none is given. */
export function labels(language: Language = 'nb'): Labels {
  return LABELS[language];
}

/** How a status reads to a user. */
export function statusLabel(hit: Pick<LookupHit, 'status' | 'pending' | 'entry'>, language: Language = 'nb'): string {
  const en = language === 'en';
  switch (hit.status) {
    case 'in_force':
      if (hit.pending) return en ? `ADOPTED – in force from ${hit.entry.valid_from}` : `VEDTATT – i kraft fra ${hit.entry.valid_from}`;
      if (hit.entry.valid_from) return en ? `Law in force (since ${hit.entry.valid_from})` : `Gjeldende rett (fra ${hit.entry.valid_from})`;
      return en ? 'Law in force' : 'Gjeldende rett';
    case 'historical':
      return en ? `HISTORICAL – applied until ${hit.entry.valid_to}` : `HISTORISK – gjaldt til ${hit.entry.valid_to}`;
    case 'proposed':
      return en ? 'PROPOSAL – not adopted, not law' : 'FORSLAG – ikke vedtatt, ikke gjeldende rett';
    case 'guidance':
      return en ? 'Guidance (not an act or regulation)' : 'Veiledning (ikke lov eller forskrift)';
    case 'background':
      return en ? 'Background (report/assessment, not a rule)' : 'Bakgrunn (rapport/vurdering, ikke regel)';
  }
}

const TRUST = {
  nb: {
    lovdata: (d: string) => `Kontrollert mot Lovdatas tekst per ${d}`,
    official_text: (d: string) => `Kontrollert mot kildens tekst ${d}`,
    partial: (d: string) => `Delvis kontrollert mot kilden ${d}`,
    secondary: (d: string) => `Bygger på sekundærkilder, kontrollert ${d}`,
    seed_only: (d: string) => `Bygger på rapportene bak kunnskapsbasen, kontrollert ${d}`,
    unverified: () => 'Ikke kontrollert mot kilden',
  },
  en: {
    lovdata: (d: string) => `Checked against Lovdata's text as of ${d}`,
    official_text: (d: string) => `Checked against the source's text ${d}`,
    partial: (d: string) => `Partly checked against the source ${d}`,
    secondary: (d: string) => `Based on secondary sources, checked ${d}`,
    seed_only: (d: string) => `Based on the reports behind the knowledge base, checked ${d}`,
    unverified: () => 'Not checked against the source',
  },
} as const;

/**
 * One plain line saying how far the entry can be trusted: the newest primary text it was
 * compared with, or what kind of source it rests on. Specific doubts are in `unverified`.
 */
export function trustLine(entry: Pick<Entry, 'verification'>, language: Language = 'nb'): string {
  const { compared_with: compared, level, last_verified: checked } = entry.verification;
  const newest = compared.reduce((max, c) => (c.dated > max ? c.dated : max), '');
  const t = TRUST[language];
  return newest ? t.lovdata(newest) : t[level](checked);
}

/**
 * The topics offered when nothing matches and in the help, as an English asker types them;
 * each finds the same first hits as its Norwegian topic (tests/unit/english-replies.test.ts).
 * A topic not listed is shown as it is: it is still something one can type.
 */
const TOPICS_EN: Record<string, string> = {
  utbytte: 'dividend',
  'reservert kontrakt': 'reserved contract',
  'utvidet egenregi': 'extended in-house',
  'kommunal medfinansiering': 'municipal co-funding',
  'AFT varighet': 'AFT duration',
  terskelverdier: 'threshold values',
};

export function topicsIn(topics: readonly string[], language: Language = 'nb'): string[] {
  return language === 'en' ? topics.map((t) => TOPICS_EN[t] ?? t) : [...topics];
}
