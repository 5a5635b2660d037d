/** The short replies that are not lookups, as text: small talk, and the check a question leads to. */
import type { Language } from './language.ts';
import { labels } from './labels.ts';

export function smallTalkGreeting(talk: 'greeting' | 'thanks', language: Language): string {
  const t = labels(language);
  return talk === 'thanks' ? t.thanks : t.greeting;
}

export function smallTalkText(talk: 'greeting' | 'thanks', language: Language, examples: string[]): string {
  const t = labels(language);
  return [smallTalkGreeting(talk, language), '', t.askForExample, ...examples.map((q) => `  ${q}`), '', t.typeHelp].join('\n');
}

export function checkOfferText(offer: { command: string; title: string; line: string; outcome?: { label: string } }, language: Language = 'nb'): string {
  const t = labels(language);
  const command = `${offer.command}${offer.line ? ` ${offer.line}` : ''}`;
  if (offer.outcome) return `${t.checkOutcomeLead} ${offer.outcome.label}. ${t.why}: ${command}`;
  return `${t.tryCheck} «${offer.title}»: ${command}`;
}

/** Before the outcome of the offered check on the facts in the question. */
export function checkOutcomeLead(language: Language = 'nb'): string {
  return labels(language).checkOutcomeLead;
}
