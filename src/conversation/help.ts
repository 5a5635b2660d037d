/** What the help shows, in Slack and in a terminal: example questions, topics, and each check command with its first example. */
import type { CheckSpec } from './check-port.ts';
import { checkCommands } from './commands.ts';
import { DEFAULT_TOPICS } from '../search/lookup.ts';

export const EXAMPLE_QUESTIONS = [
  '/vta-rules kan en VTA-bedrift betale utbytte til kommunen?',
  '/vta-rules § 14-5 annet ledd',
  '/vta-rules reservert kontrakt 30 prosent',
  '/vta-rules kor lenge kan ein vere på AFT',
];

/** The topics offered as buttons in the help: the same the lookup suggests when nothing matches. */
export const HELP_TOPICS = DEFAULT_TOPICS;

/** A command with its first example per check, as the help and the Home tab show them. */
export function exampleChecks(specs: readonly CheckSpec[]): string[] {
  return checkCommands(specs).map((c) => `${c.command} ${c.examples[0]}`);
}

/** Example questions offered after a greeting or thanks, in the asker's language. */
export function smallTalkExamples(language: 'nb' | 'en'): string[] {
  return language === 'en'
    ? ['Can a VTA company pay dividends?', 'How long can someone be in AFT?', 'Can we reserve a contract for a work-inclusion company?']
    : ['Kan en VTA-bedrift betale utbytte?', 'Hvor lenge kan man være på AFT?', 'Kan vi reservere en kontrakt for en arbeidsinkluderingsbedrift?'];
}
