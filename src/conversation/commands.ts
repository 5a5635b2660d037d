/**
 * The checks' slash commands: one per check whose file names a command
 * (knowledge/checks/<id>.yaml, `command:`), in the order the files give. The other
 * commands are in the dispatch's table (dispatch.ts).
 */
import type { CheckSpec } from './check-port.ts';

export interface CheckCommand {
  command: string;
  /** The check in src/checks it runs. */
  checkId: string;
  /** Button label on the Home tab and in the help. */
  label: string;
  /** What to type after the command, first one first. */
  examples: string[];
}

/**
 * Per list of specs (one per knowledge snapshot): every question's check offer and every
 * check command looks its command up here, and the list never changes once built.
 */
const commandsOf = new WeakMap<readonly CheckSpec[], readonly CheckCommand[]>();

/** The checks that have a command, in the order their files give. */
export function checkCommands(specs: readonly CheckSpec[]): readonly CheckCommand[] {
  let commands = commandsOf.get(specs);
  if (!commands) commandsOf.set(specs, (commands = buildCommands(specs)));
  return commands;
}

function buildCommands(specs: readonly CheckSpec[]): CheckCommand[] {
  return specs
    .filter((s): s is CheckSpec & { command: NonNullable<CheckSpec['command']> } => s.command !== undefined)
    .sort((a, b) => a.command.order - b.command.order)
    .map((s) => ({ command: s.command.name, checkId: s.id, label: s.command.button, examples: s.command.examples }));
}
