/**
 * A check as an English asker reads it: the texts of its `english:` part (facts' questions,
 * criteria, procedure, routes, outcomes) and its `title_en` put in place of the Norwegian
 * ones, the Norwegian kept where there is no English. The rules (conditions, citations,
 * numbers) are the same objects, so the English verdict is the Norwegian verdict in other words.
 */
import type { Check } from './schema.ts';

const cache = new WeakMap<Check, Check>();

export function checkInEnglish(check: Check): Check {
  const cached = cache.get(check);
  if (cached) return cached;
  const en = check.english;
  const english: Check = {
    ...check,
    title: check.title_en ?? check.title,
    facts: check.facts.map((f) => {
      const t = en?.facts[f.name];
      if (!t) return f;
      return {
        ...f,
        question: t.question ?? f.question,
        ...(t.help ?? f.help ? { help: t.help ?? f.help } : {}),
        ...(f.values ? { values: f.values.map((v) => ({ ...v, label: t.values?.[v.value] ?? v.label })) } : {}),
      };
    }),
    criteria: check.criteria.map((c) => ({ ...c, ...en?.criteria[c.id] })),
    ...(check.procedure ? { procedure: check.procedure.map((p, i) => ({ ...p, label: en?.procedure[i]?.value === p.value ? en.procedure[i]!.label : p.label })) } : {}),
    ...(check.routes ? { routes: check.routes.map((r) => ({ ...r, ...en?.routes[r.id] })) } : {}),
    outcomes: check.outcomes.map((o) => ({ ...o, text: en?.outcomes[o.id] ?? o.text })),
  };
  cache.set(check, english);
  return english;
}
