/**
 * The placeholders a check's texts may hold instead of a legal number or the user's
 * answer: `{number:entry/key}` and `{fact:name}`. Read here for validation; filled in by
 * src/checks/templates.ts.
 */
export const PLACEHOLDER = /\{(number|fact):([^}]+)\}/g;

export interface Placeholder {
  kind: 'number' | 'fact';
  /** For numbers: { entry, number }; for facts: the fact name. */
  entry: string;
  key: string;
}

/** Every placeholder in a text, for validation. */
export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => {
    const [entry = '', key = ''] = m[1] === 'number' ? m[2]!.split('/') : [m[2]!, ''];
    return { kind: m[1] as 'number' | 'fact', entry, key };
  });
}
