/**
 * Scores the lookup against the question set in tests/questions/questions.yaml:
 * a hit is a result whose instrument and section are among the expected ones.
 * Used by the quality test and by `npm run eval` (which prints every miss).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Lookup, LookupHit } from '../../src/search/lookup.ts';
import { sectionKey } from '../../src/search/citation-parser.ts';
import { PROJECT_ROOT } from '../../src/config/paths.ts';

const Question = z
  .object({
    q: z.string().min(1),
    persona: z.enum(['municipal', 'procurement', 'company']),
    lang: z.enum(['nb', 'nn', 'en']),
    expect: z.array(z.string()),
    as_of: z.string().optional(),
    out_of_scope: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type Question = z.infer<typeof Question>;

export function loadQuestions(path = join(PROJECT_ROOT, 'tests', 'questions', 'questions.yaml')): Question[] {
  return z.object({ questions: z.array(Question).min(80) }).parse(parse(readFileSync(path, 'utf8'))).questions;
}

/** "tiltaksforskriften 14-8" matches that instrument and section; "tilskuddssatser" the instrument alone. */
export function matchesExpectation(hit: LookupHit, expectation: string): boolean {
  const space = expectation.indexOf(' ');
  const instrument = space < 0 ? expectation : expectation.slice(0, space);
  const section = space < 0 ? undefined : expectation.slice(space + 1);
  if (hit.source.id !== instrument) return false;
  return section === undefined || (hit.entry.section !== undefined && sectionKey(hit.entry.section) === sectionKey(section));
}

export interface QuestionScore {
  question: Question;
  rank: number | null;
  got: string[];
}

export interface QuestionSetScore {
  total: number;
  top1: number;
  top3: number;
  misses: QuestionScore[];
  scores: QuestionScore[];
}

export function scoreQuestions(lookup: Lookup, questions: Question[]): QuestionSetScore {
  const scores = questions.map((question): QuestionScore => {
    const result = lookup(question.q, { top: 3, asOf: question.as_of });
    const got = result.hits.map((h) => `${h.source.id} ${h.entry.section ?? ''}`.trim());
    if (question.out_of_scope) return { question, rank: result.hits.length === 0 ? 1 : null, got };
    const index = result.hits.findIndex((h) => question.expect.some((e) => matchesExpectation(h, e)));
    return { question, rank: index < 0 ? null : index + 1, got };
  });
  return {
    total: scores.length,
    top1: scores.filter((s) => s.rank === 1).length / scores.length,
    top3: scores.filter((s) => s.rank !== null && s.rank <= 3).length / scores.length,
    misses: scores.filter((s) => s.rank !== 1),
    scores,
  };
}

export function describeMiss(s: QuestionScore): string {
  const where = s.rank === null ? 'MISS' : `rank ${s.rank}`;
  const expected = s.question.out_of_scope ? 'no results' : s.question.expect.join(' | ');
  return `${where.padEnd(7)} «${s.question.q}»${s.question.as_of ? ` (as of ${s.question.as_of})` : ''}\n        expected: ${expected}\n        got:      ${s.got.join(' | ') || '(nothing)'}`;
}
