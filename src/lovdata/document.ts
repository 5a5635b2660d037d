/**
 * Reads one Lovdata XML file (a consolidated act or regulation, or a Norsk Lovtidend
 * item) into plain data: the header fields, the chapters, and every § with its title,
 * its ledd and, kept apart, its amendment notes. No network, no file system: text in,
 * data out.
 *
 * htmlparser2 reads the file as a stream of tags (no tree is built): Lovdata's files
 * are XHTML on one line, up to a few MB, and the nightly job reads thousands of them,
 * so one pass with a small stack is both the simplest and the fastest way through.
 */
import { Parser } from 'htmlparser2';
import { sectionKey, withoutBase } from './ids.ts';

export interface LovdataHeader {
  /** `FOR-2016-08-12-974` */
  legacyId: string;
  /** `SF/forskrift/2016-08-12-974` */
  dokId: string;
  /** `forskrift/2016-08-12-974` */
  refId: string;
  title: string;
  titleShort: string;
  /** As written: usually a date, sometimes «Kongen bestemmer» or several dates. */
  dateInForce: string;
  lastChangeInForce: string;
  /** RefIDs of the act(s) that last changed the document. */
  lastChangedBy: string[];
  /** RefIDs of the documents a Lovtidend item amends. */
  changesToDocuments: string[];
  dateOfPublication: string;
}

export interface LovdataChapter {
  /** `kap1`, `delI`, `kapII` */
  name: string;
  title: string;
}

export interface LovdataArticle {
  /** `forskrift/2016-08-12-974/§8-8` (base prefix left out); empty for new wording in a Lovtidend item. */
  url: string;
  /** `§8-8` as in `data-name`. */
  name: string;
  /** `8-8`: see sectionKey. */
  key: string;
  /** `§ 8-8` as printed. */
  value: string;
  title: string;
  /** The text, one string per ledd, whitespace normalised. Amendment notes are not in it. */
  ledd: string[];
  /** The amendment notes (`article.changesToParent`): «Endret ved forskrift …». */
  notes: string[];
  /** RefIDs the amendment notes link to, in order: the last is the latest amending act. */
  changedBy: string[];
  chapter?: LovdataChapter;
  /** New wording in a Lovtidend item (`article.futureLegalArticle`). */
  future: boolean;
}

/** What the body of a Lovtidend item says, in order, for reading its amendment instructions. */
export type BodyBlock =
  | { kind: 'instruction'; text: string }
  | { kind: 'article'; key: string }
  | { kind: 'change'; action: 'change' | 'add' | 'repeal' | 'move'; part: string };

export interface LovdataDocument {
  header: LovdataHeader;
  chapters: LovdataChapter[];
  articles: LovdataArticle[];
  blocks: BodyBlock[];
}

const BLOCK_TAGS = new Set(['article', 'section', 'p', 'li', 'ol', 'ul', 'tr', 'td', 'th', 'table', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'header', 'footer']);
const LEDD_CLASSES = new Set(['legalP', 'numberedLegalP', 'leddfortsettelse']);
const HEADER_FIELDS = new Set(['legacyID', 'dokid', 'refid', 'title', 'titleShort', 'dateInForce', 'lastChangeInForce', 'lastChangedBy', 'changesToDocuments', 'dateOfPublication']);
const CHANGE_ATTRS = { 'data-change-part': 'change', 'data-add-new-part': 'add', 'data-repeal-part': 'repeal', 'data-move-part': 'move' } as const;
const REF_ID = /(?:lov|forskrift)\/\d{4}-\d{2}-\d{2}-\d+/g;

/** Whitespace collapsed (no-break spaces too), NFC: the same wording always gives the same string. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').replace(/ ([.,;:)])/g, '$1').replace(/\( /g, '(').trim();
}

interface Frame {
  tag: string;
  classes: string[];
  /** Where text inside this element goes; null drops it. */
  sink: string[] | null;
  article?: LovdataArticle & { loose?: string[] };
  chapter?: LovdataChapter;
  block?: { kind: 'instruction'; parts: string[] };
}

export function parseLovdataDocument(xml: string): LovdataDocument {
  const fields = new Map<string, string[]>();
  const chapters: LovdataChapter[] = [];
  const articles: LovdataArticle[] = [];
  const blocks: BodyBlock[] = [];
  const stack: Frame[] = [];
  const top = (): Frame | undefined => stack[stack.length - 1];
  const enclosing = <K extends 'article' | 'chapter'>(key: K): Frame[K] | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]![key]) return stack[i]![key];
    return undefined;
  };

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const parent = top();
        const classes = (attrs.class ?? '').split(/\s+/).filter(Boolean);
        const frame: Frame = { tag, classes, sink: parent ? parent.sink : null };
        const has = (c: string) => classes.includes(c);
        if (BLOCK_TAGS.has(tag) && frame.sink) frame.sink.push(' ');
        const article = enclosing('article');

        if (tag === 'dd' && classes.some((c) => HEADER_FIELDS.has(c))) {
          const field = classes.find((c) => HEADER_FIELDS.has(c))!;
          frame.sink = [];
          fields.set(field, frame.sink);
        } else if (tag === 'dd' || (tag === 'title' && !parent?.sink)) {
          frame.sink = null;
        } else if (tag === 'section' && has('section')) {
          frame.chapter = { name: attrs['data-name'] ?? '', title: '' };
          chapters.push(frame.chapter);
          frame.sink = null;
        } else if (/^h[1-6]$/.test(tag) && !article && parent?.chapter && !parent.chapter.title) {
          frame.sink = [];
        } else if (tag === 'article' && (has('legalArticle') || has('futureLegalArticle'))) {
          const name = attrs['data-name'] ?? '';
          const chapter = enclosing('chapter');
          frame.article = {
            url: attrs['data-lovdata-URL'] ? withoutBase(attrs['data-lovdata-URL']) : '',
            name,
            key: sectionKey(name),
            value: '',
            title: '',
            ledd: [],
            notes: [],
            changedBy: [],
            ...(chapter ? { chapter: { ...chapter } } : {}),
            future: has('futureLegalArticle'),
          };
          frame.sink = null;
        } else if (article && (has('legalArticleValue') || has('legalArticleTitle'))) {
          frame.sink = [];
        } else if (article && has('changesToParent')) {
          frame.sink = [];
          article.notes.push('');
          (frame as Frame & { note?: number }).note = article.notes.length - 1;
        } else if (has('footnotereference') || has('footnotes') || has('footnote')) {
          frame.sink = null;
        } else if (article && parent?.article === article && tag === 'article' && classes.some((c) => LEDD_CLASSES.has(c))) {
          frame.sink = [];
        } else if (article && parent?.article === article && !has('legalArticleHeader') && !/^h[1-6]$/.test(tag) && tag !== 'span') {
          // Text directly in the § but outside a ledd (a table, a list): keep it as a ledd of its own.
          frame.sink = [];
        } else if (!article && tag === 'article') {
          const change = Object.entries(CHANGE_ATTRS).find(([attr]) => attrs[attr]);
          if (change) blocks.push({ kind: 'change', action: change[1], part: withoutBase(attrs[change[0]]!) });
          if (has('defaultP')) {
            frame.block = { kind: 'instruction', parts: [] };
            frame.sink = frame.block.parts;
          }
        }
        if (tag === 'li' && attrs['data-name'] && frame.sink) frame.sink.push(`${attrs['data-name']} `);
        if (tag === 'a' && article && attrs.href && stack.some((f) => f.classes.includes('changesToParent'))) {
          const ref = attrs.href.match(REF_ID)?.[0];
          if (ref) article.changedBy.push(ref);
        }
        stack.push(frame);
      },
      ontext(text) {
        top()?.sink?.push(text);
      },
      onclosetag(tag) {
        const frame = stack.pop();
        if (!frame) return;
        const parent = top();
        const text = frame.sink && frame.sink !== parent?.sink ? normaliseText(frame.sink.join('')) : '';
        if (BLOCK_TAGS.has(tag) && parent?.sink && frame.sink === parent.sink) parent.sink.push(' ');
        const article = enclosing('article');
        if (frame.article) {
          articles.push(frame.article);
          if (frame.article.future) blocks.push({ kind: 'article', key: frame.article.key });
        } else if (frame.block) {
          blocks.push({ kind: 'instruction', text });
        } else if (parent?.chapter && /^h[1-6]$/.test(tag) && frame.sink && !parent.chapter.title) {
          parent.chapter.title = text;
        } else if (article && frame.classes.includes('legalArticleValue')) {
          article.value = text;
        } else if (article && frame.classes.includes('legalArticleTitle')) {
          article.title = text;
        } else if (article && frame.classes.includes('changesToParent')) {
          article.notes[(frame as Frame & { note?: number }).note ?? 0] = text;
        } else if (article && parent?.article === article && frame.sink && frame.sink !== parent.sink && text) {
          article.ledd.push(text);
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();

  const field = (name: string) => normaliseText((fields.get(name) ?? []).join(''));
  const refIds = (name: string) => [...new Set(field(name).match(REF_ID) ?? [])];
  const header: LovdataHeader = {
    legacyId: field('legacyID'),
    dokId: field('dokid'),
    refId: field('refid'),
    title: field('title'),
    titleShort: field('titleShort'),
    dateInForce: field('dateInForce'),
    lastChangeInForce: field('lastChangeInForce'),
    lastChangedBy: refIds('lastChangedBy'),
    changesToDocuments: refIds('changesToDocuments'),
    dateOfPublication: field('dateOfPublication'),
  };
  return { header, chapters, articles: articles.filter((a) => a.key), blocks };
}

/** A § is repealed when Lovdata keeps only its number: title «(Opphevet)» and no text. */
export function isRepealed(article: LovdataArticle): boolean {
  return /^\(?\s*opphevet\s*\)?\.?$/i.test(article.title) || (article.ledd.length === 0 && article.notes.some((n) => /^\d*\s*Opphevet ved/i.test(n)));
}
