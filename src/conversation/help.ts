/** What the help shows, in Slack and in a terminal: example questions, topics, and each check command with its first example. */
import type { CheckSpec } from './check-port.ts';
import { checkCommands } from './commands.ts';
import { DEFAULT_TOPICS } from '../search/lookup.ts';
import type { Language } from '../answers/language.ts';
import { topicsIn } from '../answers/labels.ts';
import { exampleIn } from './check-language.ts';

export const EXAMPLE_QUESTIONS = [
  '/vta-rules kan en VTA-bedrift betale utbytte til kommunen?',
  '/vta-rules § 14-5 annet ledd',
  '/vta-rules reservert kontrakt 30 prosent',
  '/vta-rules kor lenge kan ein vere på AFT',
];

/** The same examples for an English asker; a § is looked up by its Norwegian citation either way. */
const EXAMPLE_QUESTIONS_EN = [
  '/vta-rules can a VTA company pay dividends to the municipality?',
  '/vta-rules § 14-5 annet ledd',
  '/vta-rules reserved contract 30 percent',
  '/vta-rules how long can someone be in AFT',
];

/** The example questions in the asker's language. */
export function exampleQuestions(language: Language = 'nb'): string[] {
  return language === 'en' ? EXAMPLE_QUESTIONS_EN : EXAMPLE_QUESTIONS;
}

/** The topics offered as buttons in the help: the same the lookup suggests when nothing matches. */
export const HELP_TOPICS = DEFAULT_TOPICS;

/** The help's topics in the asker's language. */
export function helpTopics(language: Language = 'nb'): string[] {
  return topicsIn(HELP_TOPICS, language);
}

/** A command with its first example per check, as the help and the Home tab show them. */
export function exampleChecks(specs: readonly CheckSpec[], language: Language = 'nb'): string[] {
  if (language === 'en') return checkCommands(specs).map((c) => `${c.command} ${exampleIn(specs.find((s) => s.id === c.checkId)!, language)}`);
  return checkCommands(specs).map((c) => `${c.command} ${c.examples[0]}`);
}

/** Example questions offered after a greeting or thanks, in the asker's language. */
export function smallTalkExamples(language: Language): string[] {
  return language === 'en'
    ? ['Can a VTA company pay dividends?', 'How long can someone be in AFT?', 'Can we reserve a contract for a work-inclusion company?']
    : ['Kan en VTA-bedrift betale utbytte?', 'Hvor lenge kan man være på AFT?', 'Kan vi reservere en kontrakt for en arbeidsinkluderingsbedrift?'];
}
