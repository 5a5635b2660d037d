/**
 * Rules that span files: ids unique and resolvable, dates in order, and the one rule
 * the product lives by: a proposal is never presented as law in force.
 */
import type { Entry, Source } from './schema.ts';
import type { Problem } from './problems.ts';

export interface Located<T> {
  item: T;
  file: string;
  /** Position of a field of this item; `field` is a path relative to the item. */
  at: (field: readonly PropertyKey[]) => { line: number; col: number };
  /** Path of the item inside its file, e.g. "entries.12". */
  path: string;
}

const LAW_STATUSES = new Set(['in_force', 'historical']);

/** Ids present in the files, including items that failed their own validation. */
export interface SeenIds {
  sourceIds: Set<string>;
  entryIds: Set<string>;
}

export function validateKnowledge(sources: Located<Source>[], entries: Located<Entry>[], seen: SeenIds): Problem[] {
  const problems: Problem[] = [];
  const report = <T>(where: Located<T>, field: readonly PropertyKey[], message: string) => {
    const { line, col } = where.at(field);
    problems.push({ file: where.file, line, col, field: [where.path, ...field].join('.'), message });
  };

  const sourceById = new Map<string, Located<Source>>();
  for (const s of sources) {
    const seen = sourceById.get(s.item.id);
    if (seen) report(s, ['id'], `duplicate source id "${s.item.id}" (first in ${seen.file})`);
    else sourceById.set(s.item.id, s);
  }

  const entryById = new Map<string, Located<Entry>>();
  for (const e of entries) {
    const seen = entryById.get(e.item.id);
    if (seen) report(e, ['id'], `duplicate entry id "${e.item.id}" (first in ${seen.file})`);
    else entryById.set(e.item.id, e);
  }

  for (const e of entries) {
    const entry = e.item;
    const source = sourceById.get(entry.source)?.item;
    if (!source && !seen.sourceIds.has(entry.source)) report(e, ['source'], `unknown source "${entry.source}"`);

    if ((entry.ledd !== undefined || entry.bokstav !== undefined) && !entry.section) {
      report(e, ['ledd'], 'ledd or bokstav given without a section');
    }
    if (entry.valid_from && entry.valid_to && entry.valid_from > entry.valid_to) {
      report(e, ['valid_to'], `valid_to ${entry.valid_to} is before valid_from ${entry.valid_from}`);
    }
    if (entry.adopted && entry.valid_from && entry.adopted > entry.valid_from) {
      report(e, ['adopted'], `adopted ${entry.adopted} is after valid_from ${entry.valid_from}`);
    }
    entry.verification.compared_with.forEach((c, i) => {
      if (c.dated > entry.verification.last_verified) {
        report(e, ['verification', 'compared_with', i, 'dated'], `compared with a text dated ${c.dated}, after last_verified ${entry.verification.last_verified}`);
      }
    });
    if (entry.status === 'historical' && !entry.valid_to) {
      report(e, ['valid_to'], 'a historical entry needs valid_to (the last day it applied)');
    }
    entry.numbers.forEach((n, i) => {
      if (n.valid_from && n.valid_to && n.valid_from > n.valid_to) {
        report(e, ['numbers', i, 'valid_to'], `valid_to ${n.valid_to} is before valid_from ${n.valid_from}`);
      }
      if (n.unit === 'percent' && (n.value < 0 || n.value > 100)) report(e, ['numbers', i, 'value'], 'a percentage must be 0 to 100');
    });
    const keys = new Set<string>();
    entry.numbers.forEach((n, i) => {
      const key = `${n.key}@${n.valid_from ?? ''}`;
      if (keys.has(key)) report(e, ['numbers', i, 'key'], `number "${n.key}" given twice for the same date`);
      keys.add(key);
    });

    if (source) {
      const fromProposal = source.status === 'proposed' || source.kind === 'hearing_note';
      if (fromProposal && entry.status !== 'proposed' && entry.status !== 'background') {
        report(e, ['status'], `cites the proposal "${source.id}" but has status "${entry.status}"; a proposal is proposed, or background once the rule it proposed was decided`);
      }
      if (entry.status === 'proposed' && !fromProposal) {
        report(e, ['status'], `status proposed, but source "${source.id}" is not a proposal or hearing note`);
      }
      if (LAW_STATUSES.has(entry.status) && (source.kind === 'report' || source.kind === 'case_paper')) {
        report(e, ['status'], `a ${source.kind} is not law; use status background`);
      }
    }

    entry.related.forEach((id, i) => {
      if (id === entry.id) report(e, ['related', i], 'an entry cannot be related to itself');
      else if (!seen.entryIds.has(id)) report(e, ['related', i], `unknown entry "${id}"`);
    });
    if (entry.supersedes) {
      const old = entryById.get(entry.supersedes)?.item;
      if (!old) {
        if (!seen.entryIds.has(entry.supersedes)) report(e, ['supersedes'], `unknown entry "${entry.supersedes}"`);
      }
      else if (old.valid_to && entry.valid_from && old.valid_to >= entry.valid_from) {
        report(e, ['supersedes'], `superseded entry runs to ${old.valid_to}, not before this one starts on ${entry.valid_from}`);
      }
    }
  }
  return problems;
}
