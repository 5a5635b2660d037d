/**
 * The few words the evaluator writes itself (not from a check file), in Norwegian and
 * English: an open criterion, an undecided route, a note, a missing value, and how to
 * answer a question. A check asked for in English gets the English ones.
 */
import type { FactDef } from '../knowledge/checks/schema.ts';

export type CheckLanguage = 'nb' | 'en';

export const CHECK_WORDS = {
  nb: {
    unresolved: (label: string) => `Uavklart: ${label}`,
    cannotDecide: 'Kan ikke avgjøres ennå: svar på spørsmålene.',
    note: (text: string) => `Merk: ${text}`,
    notGiven: '(ikke oppgitt)',
    noNumber: '(tallet mangler i kunnskapsbasen for datoen)',
    yes: 'ja',
    no: 'nei',
    none: 'ingen',
    answerBoolean: 'true (ja) eller false (nei)',
    answerList: (values: string) => `liste med null eller flere av: ${values}`,
    percent: ' prosent',
    kroner: ' kroner',
    numberFrom: (min: number, unit: string) => `tall, minst ${min}${unit}`,
    numberRange: (min: number, max: number, unit: string) => `tall fra ${min} til ${max}${unit}`,
  },
  en: {
    unresolved: (label: string) => `Open: ${label}`,
    cannotDecide: 'Cannot be decided yet: answer the questions.',
    note: (text: string) => `Note: ${text}`,
    notGiven: '(not given)',
    noNumber: '(the knowledge base has no figure for the date)',
    yes: 'yes',
    no: 'no',
    none: 'none',
    answerBoolean: 'true (yes) or false (no)',
    answerList: (values: string) => `a list of none or more of: ${values}`,
    percent: ' percent',
    kroner: ' kroner',
    numberFrom: (min: number, unit: string) => `a number, at least ${min}${unit}`,
    numberRange: (min: number, max: number, unit: string) => `a number from ${min} to ${max}${unit}`,
  },
} satisfies Record<CheckLanguage, unknown>;

/** How to answer a fact's question, for the question list. */
export function describeAnswerIn(d: FactDef, language: CheckLanguage = 'nb'): string {
  const w = CHECK_WORDS[language];
  const label = (v: { label: string }) => v.label;
  switch (d.type) {
    case 'boolean':
      return w.answerBoolean;
    case 'enum':
      return d.values!.map((v) => `"${v.value}" (${label(v)})`).join(', ');
    case 'list':
      return w.answerList(d.values!.map((v) => `"${v.value}" (${label(v)})`).join(', '));
    case 'number': {
      const unit = d.unit === 'percent' ? w.percent : d.unit === 'nok' ? w.kroner : '';
      return d.max === undefined ? w.numberFrom(d.min!, unit) : w.numberRange(d.min!, d.max, unit);
    }
  }
}
