/**
 * The slash commands: the lookup, and one per check whose file names a command
 * (knowledge/checks/<id>.yaml, `command:`). The manifest declares them, and a test
 * checks that it declares exactly these.
 */
import type { CheckSpec } from './check-port.ts';

export const LOOKUP_COMMAND = '/vta-rules';

export interface CheckCommand {
  command: string;
  /** The check in src/checks it runs. */
  checkId: string;
  /** Button label on the Home tab and in the help. */
  label: string;
  /** What to type after the command, first one first. */
  examples: string[];
}

/** The checks that have a command, in the order their files give. */
export function checkCommands(specs: readonly CheckSpec[]): CheckCommand[] {
  return specs
    .filter((s): s is CheckSpec & { command: NonNullable<CheckSpec['command']> } => s.command !== undefined)
    .sort((a, b) => a.command.order - b.command.order)
    .map((s) => ({ command: s.command.name, checkId: s.id, label: s.command.button, examples: s.command.examples }));
}

export function allCommands(specs: readonly CheckSpec[]): string[] {
  return [LOOKUP_COMMAND, ...checkCommands(specs).map((c) => c.command)];
}
