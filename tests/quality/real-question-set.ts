/**
 * The real-question set (tests/questions/real-questions.yaml): questions people asked in
 * public, each with the provisions that answer it written as citations ("tiltaksforskriften
 * § 14-5"), so the set survives entry ids changing while the knowledge is re-verified.
 * Answerable questions are scored top-1/top-3; questions the bot should decline are scored
 * apart (declined = no hits), so the two never blur each other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { KnowledgeBase } from '../../src/knowledge/load.ts';
import type { Lookup, LookupHit } from '../../src/search/lookup.ts';
import { normalize } from '../../src/search/analyzer.ts';
import { sectionKey } from '../../src/search/citation-parser.ts';
import { PROJECT_ROOT } from '../../src/config/paths.ts';

const RealQuestion = z
  .object({
    q: z.string().min(1),
    lang: z.enum(['nb', 'nn', 'en']),
    url: z.string().url(),
    answers: z.array(z.string().min(2)).min(1).optional(),
    decline: z.literal(true).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((q) => Boolean(q.answers) !== Boolean(q.decline), { message: 'give either answers or decline: true' });
export type RealQuestion = z.infer<typeof RealQuestion>;

export const REAL_QUESTIONS_PATH = join(PROJECT_ROOT, 'tests', 'questions', 'real-questions.yaml');
/** Real questions kept out of tuning: scored apart so a change can be checked on questions it was not fitted to. */
export const HELD_OUT_QUESTIONS_PATH = join(PROJECT_ROOT, 'tests', 'questions', 'held-out-questions.yaml');

export function loadRealQuestions(path = REAL_QUESTIONS_PATH): RealQuestion[] {
  return z.object({ questions: z.array(RealQuestion).min(1) }).parse(parse(readFileSync(path, 'utf8'))).questions;
}

/** An expected citation: the source (id, cite_as or alias) and, if given, the section. */
export interface ExpectedCitation {
  text: string;
  sourceId: string | undefined;
  section: string | undefined;
}

/** "aksjeloven § 8-1" → source aksjeloven, section 8-1; "prinsipputtalelsen" → the source alone. */
export function parseExpectedCitation(text: string, kb: KnowledgeBase): ExpectedCitation {
  const m = /^(.*?)\s*(?:§\s*(.+))?$/.exec(text.trim())!;
  const name = normalize(m[1]!.trim());
  let sourceId: string | undefined;
  for (const s of kb.sources.values()) {
    if ([s.id, s.cite_as, ...s.aliases].some((n) => normalize(n) === name)) sourceId = s.id;
  }
  return { text, sourceId, section: m[2] ? sectionKey(m[2]) : undefined };
}

export function hitAnswers(hit: LookupHit, expected: ExpectedCitation): boolean {
  if (!expected.sourceId || hit.source.id !== expected.sourceId) return false;
  return expected.section === undefined || (hit.entry.section !== undefined && sectionKey(hit.entry.section) === expected.section);
}

export interface RealScore {
  question: RealQuestion;
  /** Rank of the first hit that answers (answerable questions); 1 when a decline got no hits. */
  rank: number | null;
  got: string[];
  /** Expected citations no entry of the knowledge base carries today (the knowledge lacks them). */
  unknown: string[];
}

export interface RealSetScore {
  answerable: number;
  top1: number;
  top3: number;
  /** Answerable questions that got no hit at all. */
  empty: number;
  declines: number;
  declined: number;
  misses: RealScore[];
  scores: RealScore[];
}

export function scoreRealQuestions(lookup: Lookup, kb: KnowledgeBase, questions: RealQuestion[]): RealSetScore {
  const known = (e: ExpectedCitation) =>
    kb.entries.some((entry) => entry.source === e.sourceId && (e.section === undefined || (entry.section !== undefined && sectionKey(entry.section) === e.section)));
  const scores = questions.map((question): RealScore => {
    const result = lookup(question.q, { top: 3 });
    const got = result.hits.map((h) => h.citation);
    if (question.decline) return { question, rank: result.hits.length === 0 ? 1 : null, got, unknown: [] };
    const expected = question.answers!.map((a) => parseExpectedCitation(a, kb));
    const index = result.hits.findIndex((h) => expected.some((e) => hitAnswers(h, e)));
    return { question, rank: index < 0 ? null : index + 1, got, unknown: expected.filter((e) => !known(e)).map((e) => e.text) };
  });
  const answerable = scores.filter((s) => !s.question.decline);
  const declines = scores.filter((s) => s.question.decline);
  const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
  return {
    answerable: answerable.length,
    top1: share(answerable.filter((s) => s.rank === 1).length, answerable.length),
    top3: share(answerable.filter((s) => s.rank !== null && s.rank <= 3).length, answerable.length),
    empty: answerable.filter((s) => s.got.length === 0).length,
    declines: declines.length,
    declined: declines.filter((s) => s.rank === 1).length,
    misses: scores.filter((s) => s.rank !== 1),
    scores,
  };
}

export function describeRealMiss(s: RealScore): string {
  const where = s.question.decline ? 'ANSWERED' : s.rank === null ? (s.got.length ? 'MISS' : 'EMPTY') : `rank ${s.rank}`;
  const expected = s.question.decline ? 'decline (no hits)' : s.question.answers!.join(' | ');
  const lacking = s.unknown.length ? `\n        not in the knowledge today: ${s.unknown.join(' | ')}` : '';
  const q = s.question.q.length > 160 ? `${s.question.q.slice(0, 157)}…` : s.question.q;
  return `${where.padEnd(8)} [${s.question.lang}] «${q}»\n        expected: ${expected}\n        got:      ${s.got.join(' | ') || '(nothing)'}${lacking}`;
}

export function summarizeReal(score: RealSetScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return `${score.answerable} answerable: top-1 ${pct(score.top1)}, top-3 ${pct(score.top3)}, ${score.empty} without any hit; ${score.declines} to decline: ${score.declined} declined`;
}
