/**
 * Parse one YAML file and validate it against zod schemas, turning every error into
 * a Problem with file:line:col. YAML 1.2 core schema only: `no` stays a string and
 * dates stay strings (the YAML 1.1 "Norway problem" never applies).
 *
 * Two parsers, one job each: js-yaml reads fast (a cold start spends most of its time
 * parsing YAML, and `yaml` is several times slower there), and `yaml`, which keeps
 * the position of every node, is only run when there is a problem to locate.
 *
 * List files are validated item by item, so one broken entry is reported alone and
 * does not hide the rest of its file (or cause "unknown id" noise elsewhere).
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import jsYaml from 'js-yaml';
import { z } from 'zod';
import type { Problem } from './problems.ts';

export type Locate = (path: readonly PropertyKey[]) => { line: number; col: number };

export interface ParsedYaml {
  file: string;
  /** The plain data, or undefined when the YAML itself is broken. */
  data: unknown;
  problems: Problem[];
  locate: Locate;
}

export function readYaml(file: string, text: string): ParsedYaml {
  let positions: { doc: Document; lineCounter: LineCounter } | undefined;
  const withPositions = () => {
    if (!positions) {
      const lineCounter = new LineCounter();
      positions = { doc: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
    }
    return positions;
  };
  const locate: Locate = (path) => {
    const { doc, lineCounter } = withPositions();
    return locateIn(doc, lineCounter, path);
  };

  try {
    return { file, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file }), problems: [], locate };
  } catch {
    // Let the position-keeping parser say what is wrong and where.
    const { doc, lineCounter } = withPositions();
    const problems: Problem[] = doc.errors.map((err) => {
      const pos = lineCounter.linePos(err.pos[0]);
      return { file, line: pos.line, col: pos.col, field: '', message: `YAML: ${err.message.split('\n')[0]}` };
    });
    if (problems.length === 0) problems.push({ file, line: 1, col: 1, field: '', message: 'YAML: could not be parsed' });
    return { file, data: undefined, problems, locate };
  }
}

/**
 * zod compiles a schema into generated code on its first parse, which pays once the schema
 * has parsed many values but costs more than it saves on the few a cold start gives most
 * schemas (one glossary, five checks, a few hundred entries): the first parses of each
 * schema run without it. The data parsed is the same either way. Measured (main-thread CPU
 * of a cold load): the real knowledge 124 → 108 ms; the 100× benchmark copy, whose entries
 * compile after the first 250, about 3 % slower.
 */
export const PARSES_BEFORE_COMPILING = 250;
const parsesOf = new WeakMap<z.ZodType, number>();

/** Validate `value` at `path` in the file; problems are appended, the parsed value returned on success. */
export function check<S extends z.ZodType>(parsed: ParsedYaml, path: (string | number)[], value: unknown, schema: S): z.infer<S> | undefined {
  const parses = parsesOf.get(schema) ?? 0;
  if (parses < PARSES_BEFORE_COMPILING) parsesOf.set(schema, parses + 1);
  const result = schema.safeParse(value, { jitless: parses < PARSES_BEFORE_COMPILING });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const full = [...path, ...(issue.path as (string | number)[])];
    const { line, col } = parsed.locate(full);
    parsed.problems.push({ file: parsed.file, line, col, field: full.join('.'), message: issue.message });
  }
  return undefined;
}

export interface ListItem<T> {
  item: T;
  index: number;
}

/**
 * Validate a file of the form `{ <key>: [items] , ...rest }`: the shape first, then each item.
 * Returns the valid items and the ids of every item that had a string id, valid or not.
 */
export function checkList<S extends z.ZodType>(parsed: ParsedYaml, key: string, itemSchema: S) {
  const items: ListItem<z.infer<S>>[] = [];
  const seenIds: string[] = [];
  const data = parsed.data as Record<string, unknown> | undefined;
  if (parsed.data === undefined) return { items, seenIds };
  const list = data?.[key];
  if (!Array.isArray(list)) {
    const { line, col } = parsed.locate([]);
    parsed.problems.push({ file: parsed.file, line, col, field: key, message: `expected a list under "${key}:"` });
    return { items, seenIds };
  }
  list.forEach((raw, index) => {
    const id = (raw as { id?: unknown })?.id;
    if (typeof id === 'string') seenIds.push(id);
    const item = check(parsed, [key, index], raw, itemSchema);
    if (item !== undefined) items.push({ item, index });
  });
  return { items, seenIds };
}

/** The position of the deepest node that exists along `path` (a missing key points at its parent). */
function locateIn(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): { line: number; col: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) {
      const pos = lineCounter.linePos(node.range[0]);
      return { line: pos.line, col: pos.col };
    }
  }
  return { line: 1, col: 1 };
}
