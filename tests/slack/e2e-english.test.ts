/**
 * End to end through the real Bolt app: what an English asker meets beyond the answer
 * itself. The check form opened from the offer under an English answer, its errors and
 * its result; the Home tab's language switch, remembered in the Home Slack sends back;
 * the law-text modal; fact errors of an English one-line check; the replies when the
 * checks are missing or the command unknown. Each Norwegian counterpart stays Norwegian.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buttonIn, startHarness, text, type Harness } from './helpers/harness.ts';
import { waitFor } from './helpers/fake-slack.ts';
import { blockAction, event, slashCommand, USER, viewSubmission } from './helpers/slack-requests.ts';
import { expectWithinLimits } from './helpers/within-limits.ts';
import { liveLoads, liveOrMini as liveOrMiniFor } from './helpers/live-knowledge.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const liveOrMini = () => liveOrMiniFor(h);
beforeEach(() => {
  h.reset();
  h.useKnowledge(liveOrMini);
});

type View = { private_metadata?: string; submit?: { text: string }; title: { text: string }; close: { text: string }; blocks: unknown[] };
const opened = (trigger: string) => waitFor(() => h.slack.apiCalls('views.open').find((c) => c.args.trigger_id === trigger), `views.open with ${trigger}`);
/** The next Home published after the `before` ones already seen. */
const publishes = () => h.slack.apiCalls('views.publish').length;
const published = (before: number) => waitFor(() => h.slack.apiCalls('views.publish')[before], `views.publish #${before + 1}`);
const metaOf = (view: View) => JSON.parse(view.private_metadata ?? '{}') as Record<string, unknown>;
const submit = (meta: object, values: Record<string, object>) =>
  h.send(viewSubmission({ callback_id: 'check_modal', private_metadata: JSON.stringify(meta) }, Object.fromEntries(Object.entries(values).map(([fact, v]) => [`fact:${fact}`, { value: v }]))));
const picked = (type: string, value: string) => ({ type, selected_option: { value } });
const typed = (value: string) => ({ type: 'plain_text_input', value });

/** The form opened by the offer button under the answer to `question`. */
async function offeredForm(question: string, trigger: string): Promise<View> {
  const answer = await h.command('/vta-rules', question);
  await h.send(blockAction(buttonIn(answer, 'offer_check'), h.slack.responseUrl(), { triggerId: trigger }));
  return (await opened(trigger)).args.view as View;
}

describe.skipIf(!liveLoads)('an English asker', () => {
  it('gets the check form offered under an English answer in English, with the facts read filled in', async () => {
    const view = await offeredForm('can a non-profit organisation be approved as a VTA provider?', 'trigger.en.offer');
    expectWithinLimits('modal', view, 'English check form');
    expect(metaOf(view)).toMatchObject({ checkId: 'provider-approval', lang: 'en' });
    expect(view.submit?.text).toBe('Check');
    expect(view.close.text).toBe('Cancel');
    const blocks = text(view.blocks);
    expect(blocks).toContain('How is the company organised?');
    expect(blocks).toContain('non-profit organisation');
    expect(blocks).toContain('Do not know');
    expect(blocks).not.toContain('Vet ikke');
    expect(blocks).not.toContain('Hvordan er virksomheten organisert');
  });

  it('gets the Norwegian form under a Norwegian answer, as before', async () => {
    const view = await offeredForm('kan en ideell organisasjon bli godkjent som VTA-arrangør?', 'trigger.nb.offer');
    expect(metaOf(view)).toEqual({ checkId: 'provider-approval', responseUrl: expect.any(String) });
    expect(view.submit?.text).toBe('Sjekk');
    expect(text(view.blocks)).toContain('Vet ikke');
  });

  it('reads the form’s errors and its result in English, in the modal and in the channel', async () => {
    const url = h.slack.responseUrl();
    const meta = { checkId: 'procurement-options', responseUrl: url, lang: 'en' };
    const bad = await submit(meta, { estimatedValueNok: typed('-5') });
    expect(bad.json).toMatchObject({ response_action: 'errors', errors: { 'fact:estimatedValueNok': expect.stringMatching(/^Must be at least 0/) } });
    const good = await submit(meta, { estimatedValueNok: typed('50 000') });
    expect(good.json?.response_action).toBe('update');
    const result = good.json!.view as View;
    expect(result.title.text).toBe('Result');
    expect(result.close.text).toBe('Close');
    expect(text(result.blocks)).toContain('Rule check against');
    expect(text(result.blocks)).not.toContain('Regelsjekk mot');
    const posted = await h.responseTo(url);
    expect(text(posted.blocks)).toContain('Rule check against');
    // The copy shared from it is English too.
    const share = JSON.parse(buttonIn(posted as Record<string, unknown>, 'check_share').value) as Record<string, unknown>;
    expect(share.lang).toBe('en');
  });

  it('is told in English when an English form cannot be checked', async () => {
    const failed = await submit({ checkId: 'no-such-check', lang: 'en' }, {});
    const view = failed.json!.view as View;
    expect(view.title.text).toBe('Something went wrong');
    expect(text(view.blocks)).toContain('Sorry, something went wrong on my side');
    const norwegian = (await submit({ checkId: 'no-such-check' }, {})).json!.view as View;
    expect(norwegian.title.text).toBe('Noe gikk galt');
  });

  it('keeps a Norwegian form’s result Norwegian', async () => {
    const good = await submit({ checkId: 'procurement-options' }, { estimatedValueNok: typed('50 000') });
    const result = good.json!.view as View;
    expect(result.title.text).toBe('Resultat');
    expect(text(result.blocks)).toContain('Regelsjekk mot');
  });

  it('shares an English check result in English', async () => {
    const answer = await h.command('/reserved-contract-check', 'estimatedValueNok=50000');
    const url = h.slack.responseUrl();
    await h.send(blockAction(buttonIn(answer, 'check_share'), url));
    const shared = text((await h.responseTo(url)).blocks);
    expect(shared).toContain('Rule check against');
    expect(shared).toContain('Shared by');
  });

  it('opens the form from the English help in English', async () => {
    const help = await h.command('/vta-rules', 'help');
    const button = buttonIn(help, 'open_check:0');
    await h.send(blockAction(button, h.slack.responseUrl(), { triggerId: 'trigger.en.help' }));
    const view = (await opened('trigger.en.help')).args.view as View;
    expect(metaOf(view).lang).toBe('en');
    expect(view.submit?.text).toBe('Check');
  });

  it('is told in English what in a one-line check could not be read', async () => {
    const reply = text((await h.command('/reserved-contract-check', 'estimatedValueNok=lots disadvantagedEmployeeSharePercnt=35')).blocks);
    expect(reply).toContain('Type a number, e.g. 450 000.');
    expect(reply).toContain('Did you mean «disadvantagedEmployeeSharePercent»?');
    expect(reply).not.toContain('Skriv et tall');
    expect(reply).not.toContain('Mente du');
    const norwegian = text((await h.command('/reserved-contract-check', 'verdi=mye')).blocks);
    expect(norwegian).toContain('Skriv et tall, f.eks. 450 000.');
  });

  it('is told in English when the checks are not loaded or the command is unknown', async () => {
    h.useKnowledge(() => ({ ...liveOrMini(), checks: null }));
    expect(text((await h.command('/provider-check', 'help')).blocks)).toContain('is not available yet');
    expect(text((await h.command('/provider-check', 'hjelp')).blocks)).toContain('er ikke tilgjengelig ennå');
    h.useKnowledge(liveOrMini);
    expect(text(await h.command('/no-such-check', 'help'))).toContain('Unknown command /no-such-check');
    expect(text(await h.command('/no-such-check', ''))).toContain('Kjenner ikke /no-such-check');
  });
});

describe('«Vis lovteksten»', () => {
  it('opens the law-text modal in the language of the answer the button was under', async () => {
    await h.send(blockAction({ action_id: 'lookup_show_law_text:1', value: 'en:tf-14-5' }, h.slack.responseUrl(), { triggerId: 'trigger.law.en' }));
    const english = (await opened('trigger.law.en')).args.view as View;
    expect(english.title.text).toBe('The law text');
    expect(english.close.text).toBe('Close');
    expect(text(english.blocks)).toContain("Lovdata's text of this provision is not loaded here.");
    await h.send(blockAction({ action_id: 'lookup_show_law_text:1', value: 'tf-14-5' }, h.slack.responseUrl(), { triggerId: 'trigger.law.nb' }));
    const norwegian = (await opened('trigger.law.nb')).args.view as View;
    expect(norwegian.title.text).toBe('Lovteksten');
    expect(text(norwegian.blocks)).toContain('Lovdatas tekst av denne bestemmelsen er ikke lastet inn her.');
  });
});

describe('the Home tab', () => {
  const open = (view?: object) => h.send(event({ type: 'app_home_opened', user: USER.id, channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000300', ...(view ? { view } : {}) }));

  it('opens in Norwegian, with a button that publishes it again in English, and back', async () => {
    const before = publishes();
    await open();
    const first = (await published(before)).args.view as View;
    expect(text(first)).toContain('Kunnskapsbasen');
    expect(first.private_metadata).toBeUndefined();
    await h.send(blockAction(buttonIn({ blocks: first.blocks }, 'home_language'), '', { inHome: true }));
    const english = (await published(before + 1)).args.view as View;
    expectWithinLimits('home', english, 'English home');
    expect(text(english)).toContain('The knowledge base');
    expect(text(english)).not.toContain('Kunnskapsbasen');
    await h.send(blockAction(buttonIn({ blocks: english.blocks }, 'home_language'), '', { inHome: true }));
    expect(text(english)).toContain('Check: Extended in-house');
    expect(text(english)).not.toContain('Sjekk utvidet egenregi');
    expect(text((await published(before + 2)).args.view)).toContain('Kunnskapsbasen');
  });

  it('opens in English again for a viewer whose Home was last English (Slack sends it back with the event)', async () => {
    const before = publishes();
    await open({ id: 'V0HOME', type: 'home', private_metadata: JSON.stringify({ lang: 'en' }) });
    expect(text((await published(before)).args.view)).toContain('The knowledge base');
  });

  it('opens in Norwegian when the Home Slack sends back says nothing, or something else', async () => {
    const before = publishes();
    await open({ id: 'V0HOME', type: 'home', private_metadata: 'whatever' });
    expect(text((await published(before)).args.view)).toContain('Kunnskapsbasen');
  });
});
