/**
 * The Bolt app: Socket Mode or HTTP, depending on the configuration, with every
 * listener registered, the request middleware in front of them (knowledge
 * snapshot per request, in-flight count, one log line per request), health
 * routes in HTTP mode, and a last-resort error handler. This folder is the only
 * code that imports @slack/bolt; the knowledge, search and checks never see Slack.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type Logger } from '@slack/bolt';
import type { SlackConfig } from '../config/config.ts';
import { secretsOf } from '../config/config.ts';
import type { SlackDeps } from './deps.ts';
import { boltLogger } from './log.ts';
import { registerListeners } from './listeners/index.ts';
import { requestMiddleware } from './request-log.ts';
import { healthRoutes, type Readiness } from './health.ts';
import { eventOnce } from './once.ts';
import { askerMiddleware } from './answer-log.ts';
import { editorsHome } from './editors.ts';
import { DEFAULT_RETENTION_DAYS } from '../db/feedback.ts';
import { oauthReceiverOptions } from './oauth/receiver.ts';
import type { SlackStore } from './store.ts';
import { createLog, errorFields, type Log, type LogFormat, type LogSink } from '../log/logger.ts';
import { createInFlight, type InFlight } from '../runtime/inflight.ts';
import type { SeenSet } from '../runtime/seen-set.ts';
import { createMemorySeenSet } from '../runtime/memory-seen-set.ts';
import { guardSlackRequests } from './http-guard.ts';
import { inputLimitMiddleware } from './input-limit.ts';
import { createPostJsonFetch } from '../runtime/post-json.ts';
import { httpAckProperties, rememberResponses } from './ack-reply.ts';
import type { StopResult } from '../runtime/shutdown.ts';

export interface SlackRuntime {
  app: App;
  logger: Logger;
  log: Log;
  inflight: InFlight;
  /** Connects (Socket Mode) or listens (HTTP). For HTTP, resolves to the address actually bound (port 0 = any free port). */
  start(): Promise<{ port?: number }>;
  /**
   * Graceful stop: /readyz turns 503, no new connections (HTTP) or the Socket
   * Mode connection closed cleanly, then waits up to `timeoutMs` for the requests
   * in flight to finish, then closes what is left.
   */
  drain(timeoutMs: number): Promise<StopResult>;
  /** Immediate stop (tests). */
  stop(): Promise<void>;
}

export interface CreateOptions {
  /** The process's structured log; must redact secretsOf(config). Default: a new one writing JSON to `logSink`. */
  log?: Log;
  /** Where log lines go when no `log` is given (tests capture them to check that no secret leaks). */
  logSink?: LogSink;
  logFormat?: LogFormat;
  /** What /readyz reports; default: ready, with the version deps.knowledge() returns. */
  readiness?: () => Readiness;
  /** Requests and events already handled (replay check); default: the store's shared one, else this process's memory. */
  seen?: SeenSet;
  /** The database side (installations, shared seen-set, feedback, follows); without it nothing is stored. OAuth mode needs `installations`. */
  store?: SlackStore;
  /** How long the feedback log keeps questions (shown to editors). */
  retentionDays?: number;
}

/** Slack's own path for events, commands and interactivity in HTTP mode. */
export const HTTP_PATH = '/slack/events';

export function createSlackApp(config: SlackConfig, deps: SlackDeps, options: CreateOptions = {}): SlackRuntime {
  const log = options.log ?? createLog({ level: config.logLevel, format: options.logFormat ?? 'json', secrets: secretsOf(config), ...(options.logSink ? { sink: options.logSink } : {}) });
  const logger = boltLogger(log);
  // respond() posts every answer to its response_url with this fetch (see post-json.ts); the Web API client keeps Node's.
  const clientOptions = { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), fetch: createPostJsonFetch(deps.fetch) };
  const inflight = createInFlight();
  let draining = false;
  const readiness = options.readiness ?? (() => ({ ready: true, kb_version: deps.knowledge().kb.version }));

  let app: App;
  let receiver: HTTPReceiver | undefined;
  let server: Server | undefined;
  if (config.mode === 'socket') {
    app = new App({ token: config.botToken, appToken: config.appToken, socketMode: true, logger, logLevel: logger.getLevel(), clientOptions, convoStore: false });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: HTTP_PATH,
      logger,
      logLevel: logger.getLevel(),
      customRoutes: healthRoutes({ readiness, draining: () => draining }),
      // The guard below verifies every request before Bolt sees it; verifying again costs a second parse of the body.
      signatureVerification: false,
      // A command's reply goes out as the ack's body, already serialised (see ack-reply.ts).
      customPropertiesExtractor: httpAckProperties,
      ...(config.oauth ? oauthReceiverOptions(config.oauth, options.store, clientOptions) : {}),
    });
    // Size, freshness, signature, replay and shape are checked before Bolt reads anything (see http-guard.ts).
    // With a database the seen-set is shared, so a replay that reaches another instance is refused too.
    receiver.requestListener = guardSlackRequests(rememberResponses(receiver.requestListener), {
      signingSecret: config.signingSecret,
      endpoints: [HTTP_PATH],
      seen: options.seen ?? options.store?.seen ?? createMemorySeenSet(),
      log,
    });
    // No conversation store: nothing reads context.conversation, and Bolt's default one
    // adds a middleware that builds a rejected promise with an Error for every request.
    app = new App({ ...(config.oauth ? {} : { token: config.botToken }), receiver, logger, logLevel: logger.getLevel(), clientOptions, convoStore: false });
  }
  app.use(requestMiddleware(deps, log, inflight));
  app.use(inputLimitMiddleware(log));
  // In HTTP mode the guard above claims each event; Socket Mode has no guard, so claim them here.
  if (config.mode === 'socket' && options.store?.seen) app.use(eventOnce(options.store.seen, log));
  if (options.store?.feedback) app.use(askerMiddleware(options.store.feedback, log));
  const feedback = options.store?.feedback;
  registerListeners(app, feedback ? { ...deps, homeExtras: editorsHome(feedback, options.retentionDays ?? DEFAULT_RETENTION_DAYS) } : deps, options.store);
  app.error(async (error) => {
    // Reached only when a listener throws past its own guard, or Bolt itself fails (e.g. authorisation).
    log.error('app.unhandled_error', errorFields(error));
  });

  return {
    app,
    logger,
    log,
    inflight,
    async start() {
      if (!receiver || config.mode !== 'http') {
        await app.start();
        log.info('slack.connected', { mode: 'socket' });
        return {};
      }
      server = (await receiver.start({ port: config.port, host: config.host })) as Server;
      // Every HTTP request counts as in flight until its response is sent, so a
      // shutdown does not cut a request whose body is still being read or verified.
      server.on('request', (_req, res) => res.once('close', inflight.begin()));
      const port = (server.address() as AddressInfo).port;
      log.info('slack.listening', { mode: 'http', url: `http://${config.host}:${port}${HTTP_PATH}`, host: config.host, port, health: ['/healthz', '/readyz'] });
      return { port };
    },
    async drain(timeoutMs) {
      draining = true;
      const started = Date.now();
      if (server) {
        // No new connections; idle keep-alive connections are closed now, busy ones after their response.
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeIdleConnections();
        const idle = await inflight.idle(timeoutMs);
        const abandoned = inflight.count();
        server.closeAllConnections();
        await closed;
        log.info('slack.stopped', { mode: 'http', drained: idle, abandoned, waited_ms: Date.now() - started });
        return { abandoned };
      }
      // Socket Mode: close the WebSocket first (Slack sends new envelopes to other connections
      // or redelivers them), then let the listeners already running finish their replies over HTTPS.
      await app.stop().catch((error: unknown) => log.warn('slack.disconnect_failed', errorFields(error, false)));
      const idle = await inflight.idle(Math.max(0, timeoutMs - (Date.now() - started)));
      const abandoned = inflight.count();
      log.info('slack.stopped', { mode: 'socket', drained: idle, abandoned, waited_ms: Date.now() - started });
      return { abandoned };
    },
    async stop() {
      await app.stop();
    },
  };
}
