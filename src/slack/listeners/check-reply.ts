/** Messages around a check shared by the command, the modal and the share button. */
import type { CheckReply, CheckSpec } from '../../conversation/check-port.ts';
import type { Knowledge } from '../../conversation/knowledge.ts';
import { escapeMrkdwn } from '../blocks/escape.ts';
import { mrkdwn, sections } from '../blocks/fit.ts';
import type { SlackMessage } from '../blocks/message.ts';
import { renderCheckMessage } from '../blocks/render-check.ts';
import { example, shortName } from '../../conversation/facts/inline.ts';

/** What the share button carries: enough to run the same check again, deterministically. */
export interface CheckShareValue {
  checkId: string;
  facts: Record<string, unknown>;
  asOf: string;
}

export function checkResultMessage(k: Knowledge, reply: CheckReply, options: { shareable: boolean; sharedBy?: string }): SlackMessage {
  const value: CheckShareValue = { checkId: reply.result.check, facts: reply.facts, asOf: reply.result.asOf };
  const json = JSON.stringify(value);
  // A value that cannot fit is dropped rather than cut: a cut one would share a different answer.
  const shareValue = options.shareable && json.length <= 2000 ? json : undefined;
  return renderCheckMessage(reply, { kbVersion: k.kb.version, sharedBy: options.sharedBy, shareValue });
}

export function checksUnavailable(command: string): SlackMessage {
  return {
    text: `${command} er ikke tilgjengelig ennå.`,
    blocks: [{ type: 'section', text: mrkdwn(`:construction: \`${escapeMrkdwn(command)}\` er ikke tilgjengelig ennå: regelsjekkene er ikke lastet. Du kan slå opp reglene med \`/vta-rules\`.`) }],
  };
}

export function factHelp(command: string, spec: CheckSpec): SlackMessage {
  const lines = spec.facts.map((f) => {
    const values = f.values?.length ? ` (${f.values.map((c) => c.value).join(', ')})` : f.type === 'boolean' ? ' (ja/nei)' : '';
    return `• \`${shortName(f)}\`${escapeMrkdwn(values)} – ${escapeMrkdwn(f.question)}`;
  });
  return {
    text: `Slik bruker du ${command}`,
    blocks: [
      { type: 'section', text: mrkdwn(`*${escapeMrkdwn(spec.title)}*\nSkriv \`${command}\` alene for et skjema, eller gi opplysningene direkte, f.eks. \`${command} ${escapeMrkdwn(example(spec))}\`. Det du ikke vet, utelater du.`) },
      ...sections(lines.join('\n')).slice(0, 10),
    ],
  };
}
