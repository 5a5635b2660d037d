/**
 * One fact value from what a person typed or picked: "450 000 kr", "35 %", "35,5",
 * "2 mill", "ja", "vet ikke", "kommune". Shared by the inline parser and the modal,
 * so both accept exactly the same input and give the same error messages.
 */
import type { FactSpec, FactValue } from '../check-port.ts';
import type { Language } from '../../answers/language.ts';
import { labels, type Labels } from '../../answers/labels.ts';

export type ParsedValue = { ok: true; value: FactValue | undefined } | { ok: false; message: string };

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'stemmer']);
const NO = new Set(['nei', 'n', 'no', 'false', 'usant', '0']);
const NONE = new Set(['ingen', 'none', 'ingen av disse', 'ingen-av-disse']);
const UNKNOWN = new Set(['vet ikke', 'vet-ikke', 'ukjent', '?', 'unknown', 'usikker']);

const fold = (s: string) => s.trim().toLowerCase().normalize('NFC').replace(/[\s_]+/g, '-');

/** The messages are in `language` (the asker's); what is read is the same in either. */
export function parseFactValue(spec: FactSpec, raw: string, language?: Language): ParsedValue {
  const t = labels(language);
  const text = raw.trim();
  if (text === '' || UNKNOWN.has(text.toLowerCase())) return { ok: true, value: undefined };
  switch (spec.type) {
    case 'boolean':
      if (YES.has(text.toLowerCase())) return { ok: true, value: true };
      if (NO.has(text.toLowerCase())) return { ok: true, value: false };
      return { ok: false, message: t.answerYesNo };
    case 'number':
      return parseNumber(spec, text, t);
    case 'enum': {
      const value = matchChoice(spec, text);
      return value === undefined ? { ok: false, message: t.chooseOneOf(choiceList(spec)) } : { ok: true, value };
    }
    case 'list': {
      if (NONE.has(text.toLowerCase())) return { ok: true, value: [] };
      const parts = text.split(/[,;+]/).map((p) => p.trim()).filter(Boolean);
      const values: string[] = [];
      for (const part of parts) {
        const value = matchChoice(spec, part);
        if (value === undefined) return { ok: false, message: t.unknownChoice(part, choiceList(spec)) };
        if (!values.includes(value)) values.push(value);
      }
      return { ok: true, value: values };
    }
  }
}

function parseNumber(spec: FactSpec, text: string, t: Labels): ParsedValue {
  const example = spec.unit === 'percent' || spec.max === 100 ? '35' : '450 000';
  let s = text.toLowerCase().replace(/[\u00a0\u202f ]/g, '').replace(/(kr|nok|,-|%|prosent)$/g, '');
  let factor = 1;
  const scale = s.match(/(k|mill|mill\.|millioner|mrd)$/);
  if (scale) {
    factor = scale[1] === 'k' ? 1e3 : scale[1] === 'mrd' ? 1e9 : 1e6;
    s = s.slice(0, -scale[1]!.length);
  }
  // "450.000" is Norwegian thousands, "35,5" a decimal comma.
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false, message: t.writeNumber(example) };
  const value = Number(s) * factor;
  if (!Number.isFinite(value)) return { ok: false, message: t.writeNumber(example) };
  if (spec.min !== undefined && value < spec.min) return { ok: false, message: rangeMessage(spec, t) };
  if (spec.max !== undefined && value > spec.max) return { ok: false, message: rangeMessage(spec, t) };
  return { ok: true, value };
}

function rangeMessage(spec: FactSpec, t: Labels): string {
  const unit = spec.unit === 'percent' ? ' %' : spec.unit === 'nok' ? t.unitNok : '';
  if (spec.min !== undefined && spec.max !== undefined) return t.betweenRange(spec.min, spec.max, unit);
  if (spec.min !== undefined) return t.atLeast(spec.min, unit);
  return t.atMost(spec.max!, unit);
}

function matchChoice(spec: FactSpec, text: string): string | undefined {
  const exact = matchFolded(spec, fold(text));
  // «varer og tjenester», «helse og sosial»: the names are written with «-» for «og».
  return exact ?? matchFolded(spec, fold(text).replace(/-(og|eller|and|or)-/g, '-'));
}

function matchFolded(spec: FactSpec, wanted: string): string | undefined {
  for (const choice of spec.values ?? []) {
    const names = [choice.value, choice.label, ...(choice.aliases ?? [])].map(fold);
    if (names.includes(wanted)) return choice.value;
  }
  return undefined;
}

function choiceList(spec: FactSpec): string {
  return (spec.values ?? []).map((c) => c.value).join(', ');
}
