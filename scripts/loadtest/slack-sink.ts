/**
 * Slack's side for the load test, on 127.0.0.1: a Web API that says ok to
 * everything, and response_url endpoints (`/r/<id>`) that record when each
 * answer arrives and whether it is a real answer (blocks) or the friendly error.
 * Lighter than the test fake (tests/slack/helpers/fake-slack.ts): it keeps no
 * bodies, since a run sends tens of thousands of answers.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface Answer {
  id: string;
  at: number;
  bytes: number;
  /** Has blocks and is not the friendly error line. */
  ok: boolean;
}

export interface SlackSink {
  apiUrl: string;
  responseUrl(id: string): string;
  answers: Map<string, Answer>;
  apiCalls: number;
  /** chat.postMessage calls per thread_ts: how many times each event was answered. */
  threadReplies: Map<string, number>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSlackSink(onAnswer?: (a: Answer) => void): Promise<SlackSink> {
  const answers = new Map<string, Answer>();
  const sink = { apiCalls: 0 };
  const threadReplies = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const url = req.url ?? '';
    const body = await readBody(req);
    if (url.startsWith('/r/')) {
      const id = url.slice(3);
      const answer: Answer = { id, at: performance.now(), bytes: body.length, ok: body.includes('"blocks"') && !body.includes('Beklager, noe gikk galt') };
      answers.set(id, answer);
      onAnswer?.(answer);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    sink.apiCalls++;
    if (url.includes('chat.postMessage')) {
      const threadTs = /"?thread_ts"?[=:]"?([\d.]+)/.exec(decodeURIComponent(body))?.[1];
      if (threadTs) threadReplies.set(threadTs, (threadReplies.get(threadTs) ?? 0) + 1);
    }
    const reply = url.includes('auth.test') ? { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0LOAD', url: 'https://load.test/' } : { ok: true };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/r/${id}`,
    answers,
    threadReplies,
    get apiCalls() {
      return sink.apiCalls;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
