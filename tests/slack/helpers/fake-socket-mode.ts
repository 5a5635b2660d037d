/**
 * Slack's Socket Mode endpoint on loopback, with no WebSocket library: the HTTP
 * upgrade handshake (RFC 6455) and text, ping and close frames, which is all the
 * Socket Mode client uses. It says "hello", delivers envelopes the way Slack does
 * (slash_commands, interactive, events_api), and records the acks that come back.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { announce } from './fake-slack.ts';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x80 | opcode, n]) : n < 65536 ? Buffer.from([0x80 | opcode, 126, n >> 8, n & 255]) : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(n)]);
  return Buffer.concat([head, payload]);
}

function bigLength(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** Client frames are masked; returns the frames complete in `buf` and what is left over. */
function readFrames(buf: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let at = 0;
  for (;;) {
    if (buf.length - at < 2) break;
    const opcode = buf[at]! & 0x0f;
    let len = buf[at + 1]! & 0x7f;
    let pos = at + 2;
    if (len === 126) {
      if (buf.length < pos + 2) break;
      len = buf.readUInt16BE(pos);
      pos += 2;
    } else if (len === 127) {
      if (buf.length < pos + 8) break;
      len = Number(buf.readBigUInt64BE(pos));
      pos += 8;
    }
    const masked = (buf[at + 1]! & 0x80) !== 0;
    const maskEnd = pos + (masked ? 4 : 0);
    if (buf.length < maskEnd + len) break;
    const payload = Buffer.from(buf.subarray(maskEnd, maskEnd + len));
    if (masked) for (let i = 0; i < len; i++) payload[i]! ^= buf[pos + (i % 4)]!;
    frames.push({ opcode, payload });
    at = maskEnd + len;
  }
  return { frames, rest: buf.subarray(at) };
}

export async function startFakeSocketMode() {
  const acks: { envelope_id: string; payload?: Record<string, unknown> }[] = [];
  /** Close frames the client sent: a clean disconnect sends one. */
  const closes: { code?: number }[] = [];
  let socket: Duplex | undefined;
  let connected!: () => void;
  const connectedOnce = new Promise<void>((resolve) => (connected = resolve));

  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, sock: Duplex) => {
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
    sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    socket = sock;
    let pending = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = Buffer.from(rest);
      for (const f of frames) {
        if (f.opcode === 0x1) acks.push(JSON.parse(f.payload.toString('utf8')) as (typeof acks)[number]);
        if (f.opcode === 0x1 || f.opcode === 0x8) queueMicrotask(announce);
        if (f.opcode === 0x9) sock.write(frame(0xa, f.payload));
        if (f.opcode === 0x8) {
          closes.push(f.payload.length >= 2 ? { code: f.payload.readUInt16BE(0) } : {});
          sock.end(frame(0x8, Buffer.alloc(0)));
        }
      }
    });
    sock.on('error', () => undefined);
    sock.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0APP' } }))));
    connected();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;

  let n = 0;
  return {
    url,
    acks,
    closes,
    connected: connectedOnce,
    /** Deliver one envelope as Slack would; returns its id. */
    deliver(type: 'slash_commands' | 'interactive' | 'events_api', payload: object): string {
      const envelope_id = `env-${++n}`;
      socket!.write(frame(0x1, Buffer.from(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }))));
      return envelope_id;
    },
    async close() {
      socket?.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
