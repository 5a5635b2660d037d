/**
 * End to end through the real Bolt app over signed HTTP: the check commands, their
 * modals (opened with the right trigger_id, inline errors, outcome on submission),
 * inline facts and sharing; first with the stand-in checks, then with the real ones.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_TOKEN, buttonIn, settle, startHarness, text, type Harness } from './helpers/harness.ts';
import { waitFor } from './helpers/fake-slack.ts';
import { blockAction, slashCommand, USER, viewSubmission } from './helpers/slack-requests.ts';
import { expectWithinLimits } from './helpers/within-limits.ts';
import { liveLoads, liveOrMini as liveOrMiniFor } from './helpers/live-knowledge.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());
beforeEach(() => h.reset());

const opened = (trigger: string) => waitFor(() => h.slack.apiCalls('views.open').find((c) => c.args.trigger_id === trigger), `views.open with ${trigger}`);
const metaOf = (view: unknown) => JSON.parse((view as { private_metadata: string }).private_metadata) as Record<string, unknown>;
const submit = (meta: object, values: Record<string, object>) => h.send(viewSubmission({ callback_id: 'check_modal', private_metadata: JSON.stringify(meta) }, Object.fromEntries(Object.entries(values).map(([fact, v]) => [`fact:${fact}`, { value: v }]))));
const typed = (value: string) => ({ type: 'plain_text_input', value });
const picked = (type: string, value: string) => ({ type, selected_option: { value } });

describe('check commands', () => {
  it('/reserved-contract-check without text opens the modal with the command’s trigger_id', async () => {
    const url = h.slack.responseUrl();
    const res = await h.send(slashCommand('/reserved-contract-check', '', url, 'trigger.modal.42'));
    expect(res.status).toBe(200);
    expect(res.text).toBe(''); // an empty ack: the reply is the modal
    const open = await opened('trigger.modal.42');
    expect(open.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const view = open.args.view as { callback_id: string; blocks: { block_id?: string }[] };
    expect(view.callback_id).toBe('check_modal');
    expect(metaOf(view)).toEqual({ checkId: 'procurement-options', responseUrl: url });
    expect(view.blocks.map((b) => b.block_id)).toContain('fact:disadvantagedEmployeeSharePercent');
    expectWithinLimits('modal', view, 'check modal');
  });

  it('a bad value in the modal comes back as an inline error on that field, and nothing is posted', async () => {
    const url = h.slack.responseUrl();
    const res = await submit({ checkId: 'procurement-options', responseUrl: url }, { estimatedValueNok: typed('450 000'), disadvantagedEmployeeSharePercent: typed('150') });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ response_action: 'errors', errors: { 'fact:disadvantagedEmployeeSharePercent': 'Må være fra 0 til 100 %.' } });
    await settle(h);
    expect(h.slack.responses.some((r) => url.endsWith(r.url))).toBe(false);
  });

  it('contradictory facts are shown on the field the check names', async () => {
    const res = await submit({ checkId: 'procurement-options' }, { publicOwnershipPercent: typed('80'), privateOwnershipPercent: typed('40') });
    expect(res.json).toMatchObject({ response_action: 'errors', errors: { 'fact:privateOwnershipPercent': expect.stringMatching(/100 minus offentlig/) } });
  });

  it('a good submission shows the outcome in the modal and posts it ephemerally in the channel', async () => {
    const url = h.slack.responseUrl();
    const res = await submit(
      { checkId: 'procurement-options', responseUrl: url },
      {
        estimatedValueNok: typed('450 000 kr'),
        supplierMainPurposeIntegration: picked('radio_buttons', 'ja'),
        disadvantagedEmployeeSharePercent: typed('35'),
        buyerType: picked('static_select', 'municipality'),
      },
    );
    expect(res.json?.response_action).toBe('update');
    const modal = res.json!.view as object;
    expectWithinLimits('modal', modal, 'result modal');
    expect(text(modal)).toContain(':white_check_mark: *Reservert konkurranse*');
    expect(text(modal)).toContain('anskaffelsesforskriften § 30-1');
    const posted = await h.responseTo(url);
    expect(posted.response_type).toBe('ephemeral');
    expect(text(posted.blocks)).toContain('Del II');
    expect(text(posted.blocks)).toContain('check_share');
  });

  it('accepts facts inline and answers with procedure and routes', async () => {
    const answer = await h.command('/reserved-contract-check', 'verdi=450000 andel=35 hovedformål=ja');
    expectWithinLimits('message', answer, 'inline check');
    expect(text(answer.blocks)).toContain('Regelverk for anskaffelsen:* Del II');
    expect(text(answer.blocks)).toContain(':white_check_mark: *Reservert konkurranse*');
    expect(text(answer.blocks)).toContain(':x: *Under 100 000 kr*');
  });

  it('explains inline facts it cannot read, with the names to use', async () => {
    const answer = text((await h.command('/reserved-contract-check', 'verdi=mye andell=35')).blocks);
    expect(answer).toContain('verdi=mye: Skriv et tall, f.eks. 450 000.');
    expect(answer).toContain('Mente du «andel»?');
    expect(answer).toContain('Opplysninger du kan gi');
  });

  it('"Del i kanalen" under a check result posts it visibly', async () => {
    const share = buttonIn(await h.command('/reserved-contract-check', 'verdi=50000'), 'check_share');
    const url2 = h.slack.responseUrl();
    await h.send(blockAction(share, url2));
    const shared = await h.responseTo(url2);
    expect(shared.response_type).toBe('in_channel');
    expect(text(shared.blocks)).toContain(`Delt av <@${USER.id}>`);
    expect(text(shared.blocks)).toContain('Dette må du svare på');
  });

  it('/in-house-check and /provider-check open their own modals', async () => {
    for (const [command, checkId] of [['/in-house-check', 'in-house'], ['/provider-check', 'provider-approval']] as const) {
      await h.send(slashCommand(command, '', h.slack.responseUrl(), `trigger.${checkId}`));
      expect(metaOf((await opened(`trigger.${checkId}`)).args.view).checkId).toBe(checkId);
    }
  });

  it('a Home tab button opens the check modal with the click’s trigger_id', async () => {
    await h.send(blockAction({ action_id: 'open_check:1', value: 'in-house' }, '', { inHome: true, triggerId: 'trigger.home.7' }));
    expect(metaOf((await opened('trigger.home.7')).args.view)).toEqual({ checkId: 'in-house' });
  });

  it('says politely when the checks are not loaded', async () => {
    h.useKnowledge(() => ({ ...liveOrMini(), checks: null }));
    expect(text((await h.command('/provider-check', 'utbytte=nei')).blocks)).toContain('er ikke tilgjengelig ennå');
  });
});

const liveOrMini = () => liveOrMiniFor(h);

describe.skipIf(!liveLoads)('with the live knowledge and the real checks', () => {
  beforeEach(() => h.useKnowledge(liveOrMini));

  it('answers the documented inline example with the reserved-contract route and its provision', async () => {
    // 600 000 kr: above the lower limit of anskaffelsesloven § 2 (500 000 kr from 2026-07-01), so a competition.
    const answer = await h.command('/reserved-contract-check', 'verdi=600000 andel=35 hovedformål=ja');
    expectWithinLimits('message', answer, 'live inline check');
    const blocks = text(answer.blocks);
    expect(blocks).toMatch(/:white_check_mark: \*Reservert kontrakt/);
    expect(blocks).toContain('anskaffelsesforskriften § 8-8');
    expect(blocks).toContain('Dette må du svare på');
  });

  it('opens the real modal, shows an inline error for a bad value, and takes a submission to an outcome', async () => {
    const url = h.slack.responseUrl();
    await h.send(slashCommand('/reserved-contract-check', '', url, 'trigger.live.1'));
    const view = (await opened('trigger.live.1')).args.view as { callback_id: string; private_metadata: string; blocks: { block_id?: string }[] };
    expectWithinLimits('modal', view, 'live modal');
    expect(view.blocks.map((b) => b.block_id)).toContain('fact:estimatedValueNok');
    const bad = await submit(metaOf(view), { estimatedValueNok: typed('-5') });
    expect(bad.json).toMatchObject({ response_action: 'errors', errors: { 'fact:estimatedValueNok': expect.stringMatching(/minst 0/) } });
    const good = await submit(metaOf(view), { estimatedValueNok: typed('50 000') });
    expect(good.json?.response_action).toBe('update');
    expect(text(good.json!.view)).toContain('Direkte kjøp under 500 000 kr'); // the limit in force today (since 2026-07-01)
    expect(text((await h.responseTo(url)).blocks)).toContain('check_share');
  });
});
