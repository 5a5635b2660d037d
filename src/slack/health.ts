/**
 * GET /healthz and GET /readyz on the HTTP receiver's port (Bolt customRoutes),
 * for a load balancer or an orchestrator:
 *
 * - /healthz: the process is up and its event loop answers. 200 always.
 * - /readyz: the knowledge is loaded and its index built, and the bot is not
 *   shutting down: 200 with the live knowledge version; 503 while draining, so
 *   traffic is sent elsewhere before the process goes away.
 *
 * Both answer JSON and are cheap enough to poll every second.
 */
import type { CustomRoute } from '@slack/bolt';
import type { ServerResponse } from 'node:http';

export interface Readiness {
  ready: boolean;
  [detail: string]: unknown;
}

export interface HealthSources {
  /** Knowledge details; `ready` false until a snapshot is live. */
  readiness: () => Readiness;
  draining: () => boolean;
}

const startedAt = Date.now();

function json(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

export function healthRoutes(sources: HealthSources): CustomRoute[] {
  return [
    {
      path: '/healthz',
      method: ['GET', 'HEAD'],
      handler: (_req, res) => json(res, 200, { status: 'ok', uptime_s: Math.round((Date.now() - startedAt) / 1000) }),
    },
    {
      path: '/readyz',
      method: ['GET', 'HEAD'],
      handler: (_req, res) => {
        let r: Readiness;
        try {
          r = sources.readiness();
        } catch {
          r = { ready: false };
        }
        if (sources.draining()) return json(res, 503, { ...r, status: 'draining' });
        json(res, r.ready ? 200 : 503, { ...r, status: r.ready ? 'ready' : 'not_ready' });
      },
    },
  ];
}
