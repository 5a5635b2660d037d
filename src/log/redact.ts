/**
 * Removes secrets from text that is about to be logged: every configured secret
 * (tokens, the signing secret) by value, and anything shaped like a Slack token
 * whether configured or not (a token pasted into a question, a library printing
 * request headers at debug level). Applied to the finished line, so no field,
 * nested object or error message can slip past it.
 */
const TOKEN_PATTERN = /\b(xox[abeoprs]|xapp)-[A-Za-z0-9-]+/g;

/** Shorter values are not treated as secrets: replacing them would mangle ordinary words. */
const MIN_SECRET_LENGTH = 8;

export function redact(text: string, secrets: readonly string[]): string {
  // Every token shape starts with one of these: a line without them (nearly every line) is not scanned by the pattern.
  let out = text.includes('xox') || text.includes('xapp') ? text.replace(TOKEN_PATTERN, '$1-[redacted]') : text;
  for (const s of secrets) if (s.length >= MIN_SECRET_LENGTH && out.includes(s)) out = out.split(s).join('[redacted]');
  return out;
}
