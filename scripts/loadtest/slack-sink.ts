/**
 * Slack's side for the load test, on 127.0.0.1: a Web API that says ok to
 * everything, and response_url endpoints (`/r/<id>`) that record when each
 * answer arrives and whether it is a real answer (blocks) or the friendly error.
 * A slash command's answer may instead come in the body of its ack (as Slack
 * shows one; src/slack/ack-reply.ts): the driver hands those to `recordAck`, and
 * they are counted the same way. Lighter than the test fake
 * (tests/slack/helpers/fake-slack.ts): it keeps no bodies, since a run sends tens
 * of thousands of answers.
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
  /** Where it came: in the body of the ack, or posted to the response_url. */
  via: 'ack' | 'response_url';
}

export interface SlackSink {
  apiUrl: string;
  responseUrl(id: string): string;
  answers: Map<string, Answer>;
  /** An ack's body for request `id` (empty for a bare ack): recorded as its answer when it carries a message. */
  recordAck(id: string, body: string): void;
  /** Answers delivered in the ack, and at the response_url. */
  via: { ack: number; response_url: number };
  /** Answers to a request that had one already (a reply in the ack and at the response_url as well would be a bug). */
  duplicates: number;
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
  const sink = { apiCalls: 0, duplicates: 0 };
  const via = { ack: 0, response_url: 0 };
  const isAnswer = (body: string) => body.includes('"blocks"') && !body.includes('Beklager, noe gikk galt');
  const record = (answer: Answer) => {
    if (answers.has(answer.id)) {
      sink.duplicates++;
      return;
    }
    answers.set(answer.id, answer);
    via[answer.via]++;
    onAnswer?.(answer);
  };
  const threadReplies = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const url = req.url ?? '';
    const body = await readBody(req);
    if (url.startsWith('/r/')) {
      const id = url.slice(3);
      record({ id, at: performance.now(), bytes: body.length, ok: isAnswer(body), via: 'response_url' });
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
    recordAck(id, body) {
      if (body.length > 0) record({ id, at: performance.now(), bytes: body.length, ok: isAnswer(body), via: 'ack' });
    },
    via,
    get duplicates() {
      return sink.duplicates;
    },
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
