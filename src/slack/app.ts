/**
 * The Bolt app: Socket Mode or HTTP, depending on the configuration, with every
 * listener registered and a last-resort error handler. This folder is the only
 * code that imports @slack/bolt; the knowledge, search and checks never see Slack.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, type Logger } from '@slack/bolt';
import type { SlackConfig } from './config.ts';
import { secretsOf } from './config.ts';
import type { SlackDeps } from './deps.ts';
import { redactingLogger, type LogSink } from './log.ts';
import { registerListeners } from './listeners/index.ts';

export interface SlackRuntime {
  app: App;
  logger: Logger;
  /** Connects (Socket Mode) or listens (HTTP). For HTTP, resolves to the address actually bound (port 0 = any free port). */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

export interface CreateOptions {
  /** Where log lines go (tests capture them to check that no secret leaks). */
  logSink?: LogSink;
}

/** Slack's own path for events, commands and interactivity in HTTP mode. */
export const HTTP_PATH = '/slack/events';

export function createSlackApp(config: SlackConfig, deps: SlackDeps, options: CreateOptions = {}): SlackRuntime {
  const logger = redactingLogger(secretsOf(config), config.logLevel, options.logSink);
  const logLevel = config.logLevel as LogLevel;
  const clientOptions = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  let app: App;
  let receiver: HTTPReceiver | undefined;
  if (config.mode === 'socket') {
    app = new App({ token: config.botToken, appToken: config.appToken, socketMode: true, logger, logLevel, clientOptions });
  } else {
    receiver = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: HTTP_PATH, logger, logLevel });
    app = new App({ token: config.botToken, receiver, logger, logLevel, clientOptions });
  }
  registerListeners(app, deps);
  app.error(async (error) => {
    // Reached only when a listener throws past its own guard, or Bolt itself fails (e.g. authorisation).
    logger.error('unhandled error in Slack app', error);
  });

  return {
    app,
    logger,
    async start() {
      if (!receiver || config.mode !== 'http') {
        await app.start();
        logger.info('connected to Slack in Socket Mode');
        return {};
      }
      const server = (await receiver.start({ port: config.port, host: config.host })) as Server;
      const port = (server.address() as AddressInfo).port;
      logger.info(`listening for Slack on http://${config.host}:${port}${HTTP_PATH}`);
      return { port };
    },
    async stop() {
      await app.stop();
    },
  };
}
