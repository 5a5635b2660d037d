/**
 * A §'s fingerprint: sha256 of its number, title and ledd, normalised, with the
 * amendment notes left out. Lovdata adds or edits a note when it files an amendment
 * elsewhere in the document; only the wording of the § itself should count.
 */
import { createHash } from 'node:crypto';
import type { LovdataArticle } from './document.ts';
import { normaliseText } from './document.ts';

export function sectionText(article: Pick<LovdataArticle, 'value' | 'title' | 'ledd'>): string {
  return [article.value, article.title, ...article.ledd].map(normaliseText).join('\n');
}

export function fingerprint(article: Pick<LovdataArticle, 'value' | 'title' | 'ledd'>): string {
  return `sha256:${createHash('sha256').update(sectionText(article)).digest('hex')}`;
}
