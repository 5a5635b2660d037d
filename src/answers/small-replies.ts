/** The short replies that are not lookups, as text: small talk, and the check a question leads to. */
import type { Language } from './language.ts';

export function smallTalkGreeting(talk: 'greeting' | 'thanks', language: Language): string {
  if (language === 'en') return talk === 'thanks' ? 'You are welcome! Ask again any time.' : 'Hi! I look up the rules for VTA, AFT and buying from work-inclusion companies, with the source.';
  return talk === 'thanks' ? 'Bare hyggelig! Spør igjen når du vil.' : 'Hei! Jeg slår opp reglene for VTA, AFT og kjøp fra arbeidsinkluderingsbedrifter, med kilde.';
}

export function smallTalkText(talk: 'greeting' | 'thanks', language: Language, examples: string[]): string {
  const head = language === 'en' ? 'You can ask, for example:' : 'Du kan for eksempel spørre:';
  const help = language === 'en' ? 'Type «help» for everything I can do.' : 'Skriv «hjelp» for alt jeg kan.';
  return [smallTalkGreeting(talk, language), '', head, ...examples.map((q) => `  ${q}`), '', help].join('\n');
}

export function checkOfferText(offer: { command: string; title: string; line: string; outcome?: { label: string } }, language: Language = 'nb'): string {
  const command = `${offer.command}${offer.line ? ` ${offer.line}` : ''}`;
  if (offer.outcome) return `${checkOutcomeLead(language)} ${offer.outcome.label}. ${language === 'en' ? 'Why' : 'Hvorfor'}: ${command}`;
  const tryIt = language === 'en' ? 'Try the check' : 'Prøv sjekken';
  return `${tryIt} «${offer.title}»: ${command}`;
}

/** Before the outcome of the offered check on the facts in the question. */
export function checkOutcomeLead(language: Language = 'nb'): string {
  return language === 'en' ? 'With the facts in your question:' : 'Med opplysningene i spørsmålet:';
}
