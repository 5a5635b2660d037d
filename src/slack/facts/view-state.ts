/**
 * Facts from a submitted check modal. Slack nests values as
 * `view.state.values[block_id][action_id]`, in a shape that depends on the
 * element; this flattens them to the text a person picked or typed and runs it
 * through the same parser as inline facts. Errors are keyed by block_id, which is
 * what `response_action: "errors"` wants.
 */
import { z } from 'zod';
import type { CheckSpec, Facts } from '../../conversation/check-port.ts';
import { FACT_ACTION, NONE_OF_THESE, factBlockId } from '../ids.ts';
import { parseFactValue } from '../../conversation/facts/parse-value.ts';
import type { Language } from '../../answers/language.ts';

const Option = z.object({ value: z.string() });
const ElementState = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: Option.nullish(),
  selected_options: z.array(Option).nullish(),
});
export const ViewStateValues = z.record(z.string(), z.record(z.string(), ElementState));
export type ViewStateValues = z.infer<typeof ViewStateValues>;

export type ViewFacts = { ok: true; facts: Facts } | { ok: false; errors: Record<string, string> };

/** `language`: the asker's, for the error messages. */
export function factsFromViewState(check: CheckSpec, values: unknown, language?: Language): ViewFacts {
  const parsedState = ViewStateValues.safeParse(values ?? {});
  const state = parsedState.success ? parsedState.data : {};
  const facts: Facts = {};
  const errors: Record<string, string> = {};
  for (const spec of check.facts) {
    const element = state[factBlockId(spec.name)]?.[FACT_ACTION];
    if (!element) continue;
    const raw = element.selected_options
      ? element.selected_options.map((o) => o.value).join(',')
      : (element.selected_option?.value ?? element.value ?? '');
    // Nothing ticked is "unknown" (a fact never defaults); "none of these" is its own option.
    if (spec.type === 'list' && element.selected_options?.some((o) => o.value === NONE_OF_THESE)) {
      facts[spec.name] = [];
      continue;
    }
    const parsed = parseFactValue(spec, raw, language);
    if (!parsed.ok) errors[factBlockId(spec.name)] = parsed.message;
    else if (parsed.value !== undefined) facts[spec.name] = parsed.value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, facts };
}
