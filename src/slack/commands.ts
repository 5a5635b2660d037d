/**
 * The slash commands, in one table: the manifest declares them, the listeners
 * register them, and a test checks the two agree.
 */
export const LOOKUP_COMMAND = '/vta-rules';

export interface CheckCommand {
  command: string;
  /** The check in src/checks it runs. */
  checkId: string;
  /** Button label on the Home tab and in the help. */
  label: string;
}

export const CHECK_COMMANDS: CheckCommand[] = [
  // The procurement-options check: value, buyer, category and supplier facts give the procedure and every route, reserved contract included.
  { command: '/reserved-contract-check', checkId: 'procurement-options', label: 'Sjekk anskaffelsesvei' },
  { command: '/in-house-check', checkId: 'in-house', label: 'Sjekk utvidet egenregi' },
  { command: '/provider-check', checkId: 'provider-approval', label: 'Sjekk godkjenning' },
];

export const ALL_COMMANDS = [LOOKUP_COMMAND, ...CHECK_COMMANDS.map((c) => c.command)];
