/**
 * How people ask for a check and how its answer is shown: the keys at the end of a check
 * file, next to the rules they present. Wording only, never law: the slash command, the
 * short title a modal has room for, a label and a mark per outcome, the names people type
 * for facts and values, and examples. Everything a check needs to be asked and shown is in
 * its own YAML file, so adding a check touches no code.
 */
import { z } from 'zod';

/** Slack's rule for command names: "/" then lowercase letters, digits, "-" or "_", at most 32 in all. */
export const CommandName = z.string().regex(/^\/[a-z0-9_-]{1,31}$/, 'a command is "/" and up to 31 lowercase letters, digits, "-" or "_"');

/** How an outcome is marked: ✓, ✗, ?, or ℹ for an outcome that is information, not a yes or no. */
export const Verdict = z.enum(['yes', 'no', 'unknown', 'info']);

export const OutcomeLabel = z
  .object({
    /** A few words, shown in bold before the check's own explanation of the outcome. */
    label: z.string().min(3).max(60),
    verdict: Verdict,
  })
  .strict();

export const CheckCommand = z
  .object({
    name: CommandName,
    /** What the command does, as Slack's command menu shows it (manifest.yml has the same text). */
    help: z.string().min(10).max(100),
    /** The label of the button that opens the check's form (help message, Home tab). */
    button: z.string().min(3).max(30),
    /** Where the check comes among the commands in the help and on the Home tab, from 1. */
    order: z.number().int().min(1),
    /** What to type after the command, e.g. "verdi=450000 andel=35 hovedformål=ja"; the first is shown first. */
    examples: z.array(z.string().min(3).max(200)).min(1),
  })
  .strict();

/** The top-level keys a check file may add to present itself; all optional, for checks only used by others. */
export const PresentationKeys = {
  command: CheckCommand.optional(),
  /** The check's name where room is short (a modal title holds 24 characters). */
  short_title: z.string().min(3).max(24).optional(),
  /** The check's title and short title in English, for a check asked for in English. */
  title_en: z.string().min(3).optional(),
  short_title_en: z.string().min(3).max(24).optional(),
  /** Outcome id → its label in English, for a check asked for in English; the Norwegian label where missing. */
  outcome_labels_en: z.record(z.string(), z.string().min(3).max(60)).default({}),
  /** Outcome id → label and mark. A check with a command labels every outcome. */
  outcome_labels: z.record(z.string(), OutcomeLabel).default({}),
  /** Fact name → the names people type for it (`verdi=450000`); the first is the short name shown in help. */
  aliases: z.record(z.string(), z.array(z.string().min(1).max(40)).min(1)).default({}),
  /** Value of an enum or list fact → the words people type for it (`oppdragsgiver=kommune`). */
  value_aliases: z.record(z.string(), z.array(z.string().min(1).max(40)).min(1)).default({}),
};

export type Verdict = z.infer<typeof Verdict>;
export type OutcomeLabel = z.infer<typeof OutcomeLabel>;
export type CheckCommand = z.infer<typeof CheckCommand>;
