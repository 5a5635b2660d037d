/**
 * manifest.yml against Slack's rules (slackapi/manifest-schema and the manifest
 * reference: lengths, command names, known scopes, no unknown keys), and against
 * the code and the checks: the manifest declares exactly the lookup and the commands
 * the check files name, with their help and first example; every subscribed event has a listener; the bot scopes are exactly the
 * ones the features need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.ts';
import { registerListeners } from '../../src/slack/listeners/index.ts';
import { checkCommands } from '../../src/conversation/commands.ts';
import { allCommands } from '../../src/conversation/dispatch.ts';
import { ANY_COMMAND } from '../../src/slack/listeners/commands/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { createCheckPort } from '../../src/conversation/check-adapter.ts';
import { recordingApp } from './helpers/recording-app.ts';

const SlashCommand = z
  .object({
    // Slack: starts with "/", lowercase, no spaces, 2–32 characters in all.
    command: z.string().min(2).max(32).regex(/^\/[a-z0-9_-]+$/),
    description: z.string().min(1).max(2000),
    usage_hint: z.string().max(1000).optional(),
    should_escape: z.boolean().optional(),
    url: z.string().url().optional(),
  })
  .strict();

const Manifest = z
  .object({
    _metadata: z.object({ major_version: z.literal(1), minor_version: z.number().int() }).strict(),
    display_information: z
      .object({
        name: z.string().min(1).max(35),
        description: z.string().max(140).optional(),
        long_description: z.string().min(175).max(4000).optional(),
        background_color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
      })
      .strict(),
    features: z
      .object({
        app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }).strict(),
        bot_user: z.object({ display_name: z.string().min(1).max(80).regex(/^[a-z0-9._-]+$/), always_online: z.boolean() }).strict(),
        slash_commands: z.array(SlashCommand).max(50),
      })
      .strict(),
    oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()).max(255) }).strict() }).strict(),
    settings: z
      .object({
        event_subscriptions: z.object({ bot_events: z.array(z.string()).max(100), request_url: z.string().url().optional() }).strict(),
        interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string().url().optional() }).strict(),
        org_deploy_enabled: z.boolean(),
        socket_mode_enabled: z.boolean(),
        token_rotation_enabled: z.boolean(),
      })
      .strict(),
  })
  .strict();

/** Bot scope each feature needs; anything else in the manifest is more than the bot needs. */
const NEEDED_SCOPES: Record<string, string> = {
  commands: 'slash commands',
  'chat:write': 'answers to mentions and DMs (slash commands reply in their ack instead)',
  'app_mentions:read': 'the app_mention event',
  'im:history': 'the message.im event',
};
const EVENT_SCOPE: Record<string, string | null> = { app_mention: 'app_mentions:read', 'message.im': 'im:history', app_home_opened: null };

const manifest = Manifest.parse(parse(readFileSync(join(PROJECT_ROOT, 'manifest.yml'), 'utf8')));

describe('manifest.yml', () => {
  it('is valid by Slack’s rules, in Socket Mode, with interactivity and no request URLs', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.interactivity.request_url).toBeUndefined();
    expect(manifest.features.slash_commands.every((c) => c.url === undefined)).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('declares exactly the commands of the dispatch’s table and of the check files, which the one command listener takes', () => {
    const { app, registered } = recordingApp();
    registerListeners(app, { knowledge: () => { throw new Error('not called at registration'); } });
    expect(registered.commands).toEqual([ANY_COMMAND]);
    const loaded = loadKnowledge(KNOWLEDGE_DIR);
    if (!loaded.ok) throw new Error('knowledge/ does not load; run npm run kb:check');
    const declared = manifest.features.slash_commands.map((c) => c.command);
    expect([...declared].sort()).toEqual(allCommands({ checks: createCheckPort(loaded.kb) }).sort());
    for (const command of declared) expect(command).toMatch(ANY_COMMAND);
  });

  it('says of each check command what its check file says (help and first example)', () => {
    const loaded = loadKnowledge(KNOWLEDGE_DIR);
    if (!loaded.ok) throw new Error('knowledge/ does not load; run npm run kb:check');
    const specs = createCheckPort(loaded.kb).list();
    for (const cmd of checkCommands(specs)) {
      const entry = manifest.features.slash_commands.find((c) => c.command === cmd.command)!;
      const help = specs.find((s) => s.id === cmd.checkId)!.command!.help;
      expect(entry.description, `${cmd.command}: description = command.help in knowledge/checks/${cmd.checkId}.yaml`).toBe(help);
      expect(entry.usage_hint, `${cmd.command}: usage_hint = "[tomt for skjema, eller <first example>]"`).toBe(`[tomt for skjema, eller ${cmd.examples[0]}]`);
    }
  });

  it('subscribes to exactly the events the app listens to', () => {
    const { app, registered } = recordingApp();
    registerListeners(app, { knowledge: () => { throw new Error('not called'); } });
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    // message.im arrives as a "message" event.
    expect(registered.events.sort()).toEqual(['app_home_opened', 'app_mention', 'message']);
  });

  it('asks for the smallest set of bot scopes that works', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(Object.keys(NEEDED_SCOPES).sort());
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      const scope = EVENT_SCOPE[event];
      expect(scope, `no scope known for event ${event}`).not.toBeUndefined();
      if (scope) expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
  });

  it('keeps command descriptions and hints short enough to read in Slack’s command menu', () => {
    for (const c of manifest.features.slash_commands) {
      expect(c.description.length, c.command).toBeLessThanOrEqual(100);
      expect((c.usage_hint ?? '').length, c.command).toBeLessThanOrEqual(100);
      expect(c.should_escape, 'we decode Slack text ourselves').toBe(false);
    }
  });
});
