/**
 * A submitted check modal. Bad values are answered inside the ack with
 * `response_action: "errors"`, keyed by the input's block_id, so Slack shows them
 * under the field and keeps the modal open. A good submission updates the modal to
 * show the result and, when the modal came from a slash command, also posts the
 * result as an ephemeral message in that channel (via the command's response_url:
 * no extra scope, works in private channels and DMs) so it can be shared.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { factBlockId } from '../../ids.ts';
import { CheckModalMeta, noticeModal, resultModal } from '../../blocks/modals.ts';
import { factsFromViewState } from '../../facts/view-state.ts';
import { renderAnswer } from '../../blocks/render.ts';
import { logFailure } from '../safe.ts';
import { knowledgeFor } from '../../request-log.ts';
import { checkIn } from '../../../conversation/check-language.ts';
import { labels } from '../../../answers/labels.ts';

type SubmitArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function checkSubmitted(deps: SlackDeps) {
  return async ({ ack, view, body, logger, context: boltContext }: SubmitArgs): Promise<void> => {
    const context = { where: 'view check submitted', user: body.user.id, team: body.team?.id ?? undefined };
    let acked = false;
    let language: 'en' | undefined;
    try {
      const meta = CheckModalMeta.parse(JSON.parse(view.private_metadata || '{}'));
      language = meta.lang;
      const english = language ? { language } : {};
      const k = knowledgeFor(deps, boltContext);
      const spec = k.checks?.list().find((c) => c.id === meta.checkId);
      if (!k.checks || !spec) throw new Error(`check ${meta.checkId} not available`);

      const read = factsFromViewState(checkIn(spec, language), view.state.values, language);
      if (!read.ok) {
        acked = true;
        return void (await ack({ response_action: 'errors', errors: read.errors }));
      }
      const run = k.checks.run(spec.id, read.facts, { asOf: meta.asOf, ...english });
      if (!run.ok) {
        // Errors that span several facts are shown at the first field, which always exists.
        const errors: Record<string, string> = {};
        for (const e of run.errors) {
          const block = factBlockId(e.fact && spec.facts.some((f) => f.name === e.fact) ? e.fact : spec.facts[0]!.name);
          errors[block] = errors[block] ? `${errors[block]} ${e.message}` : e.message;
        }
        acked = true;
        return void (await ack({ response_action: 'errors', errors }));
      }
      await ack({ response_action: 'update', view: resultModal(run.reply, k.kb.version, language) });
      acked = true;
      if (meta.responseUrl) {
        const message = renderAnswer({ kind: 'check-result', reply: run.reply, kbVersion: k.kb.version, shareable: true, ...english });
        await postToResponseUrl(deps.fetch ?? fetch, meta.responseUrl, { response_type: 'ephemeral', ...message });
      }
    } catch (error) {
      logFailure(logger, context, error);
      // After the result is in the modal, a failed channel copy is only logged: the user already has the answer.
      if (!acked) await ack({ response_action: 'update', view: noticeModal(labels(language).wentWrongTitle, labels(language).apology, language) });
    }
  };
}

async function postToResponseUrl(fetchFn: typeof fetch, url: string, message: object): Promise<void> {
  const res = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
  if (!res.ok) throw new Error(`response_url answered ${res.status}`);
}
