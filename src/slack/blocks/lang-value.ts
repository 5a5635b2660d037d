/**
 * The asker's language carried in a button's plain value (an entry id, a check id), so the
 * click is answered in the language of the reply it was under. English values start with
 * «en:»; Norwegian ones are the bare id, as before, so Norwegian messages are unchanged and
 * buttons sent before this still work. Ids never start with «en:» (they are kebab-case).
 */
import type { Language } from '../../answers/language.ts';

const EN = 'en:';

export function valueIn(value: string, language?: Language): string {
  return language === 'en' ? `${EN}${value}` : value;
}

export function readValue(raw: string): { value: string; language: Language } {
  return raw.startsWith(EN) ? { value: raw.slice(EN.length), language: 'en' } : { value: raw, language: 'nb' };
}
