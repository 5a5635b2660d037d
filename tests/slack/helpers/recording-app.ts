/** A stand-in for Bolt's App that only records what is registered, to compare listeners with the manifest. */
import type { App } from '@slack/bolt';

export interface Registrations {
  commands: (string | RegExp)[];
  actions: (string | RegExp)[];
  views: string[];
  events: string[];
}

export function recordingApp(): { app: App; registered: Registrations } {
  const registered: Registrations = { commands: [], actions: [], views: [], events: [] };
  const app = {
    command: (name: string | RegExp) => void registered.commands.push(name),
    action: (id: string | RegExp) => void registered.actions.push(id),
    view: (id: string) => void registered.views.push(id),
    event: (name: string) => void registered.events.push(name),
    message: () => void registered.events.push('message'),
    // Commands are answered by a global middleware (src/slack/listeners/commands/index.ts) that says which it takes.
    use: (m: { commands?: RegExp }) => void (m.commands && registered.commands.push(m.commands)),
  } as unknown as App;
  return { app, registered };
}
