/**
 * The one check every surface applies to a question before the lookup: not
 * empty, and not longer than MAX_QUESTION_LENGTH. A question is a sentence or
 * two; a pasted document is not one, and the search engine's cost grows with
 * the length of its longest word and run of spaces (fuzzy matching, citation
 * patterns), so an unbounded input could stall the bot for everyone.
 *
 * Slack truncates silently to the same length (conversation/dispatch.ts
 * cleanQuestion, which also bounds the button values); the CLI and the console say
 * so instead.
 */
export const MAX_QUESTION_LENGTH = 800;

export type PreparedQuestion = { ok: true; question: string } | { ok: false; error: string };

export function prepareQuestion(raw: string): PreparedQuestion {
  const question = raw.trim();
  if (!question) return { ok: false, error: 'empty question' };
  if (question.length > MAX_QUESTION_LENGTH) {
    return { ok: false, error: `question too long: ${question.length} characters, at most ${MAX_QUESTION_LENGTH}; ask about one thing at a time` };
  }
  return { ok: true, question };
}
