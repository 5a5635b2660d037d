/**
 * A slash command answered in its acknowledgement. Slack shows a message given in
 * the body of the HTTP 200 to a slash command (or in the payload of the Socket Mode
 * envelope's ack) as it shows one posted to the command's response_url: same
 * fields (`response_type`, `text`, `blocks`), ephemeral unless `in_channel`. It
 * saves a second HTTP exchange per command (the POST to the response_url, its
 * connection, its response), which under load cost about a sixth of the bot's CPU.
 *
 * The reply is JSON already serialised (it is what the reply cache keeps), so in
 * HTTP mode it is sent as is with a JSON content type: Bolt's ack() sends a
 * string as the body without one, and an object through JSON.stringify. The
 * receiver's response is looked up from the request it was given with
 * (rememberResponses, in front of the receiver's listener), and the request's
 * context carries the function that marks it as JSON (httpAckProperties). Socket
 * Mode sends the ack as an object inside the envelope, so there it is parsed.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

const CONTEXT_KEY = 'markJsonAck';
const JSON_TYPE = 'application/json; charset=utf-8';

const responses = new WeakMap<IncomingMessage, ServerResponse>();

/** Wraps the receiver's listener so each request's response can be found from the request (HTTP mode). */
export function rememberResponses(inner: RequestListener): RequestListener {
  return (req, res) => {
    responses.set(req, res);
    return inner(req, res);
  };
}

/** The receiver's customPropertiesExtractor: what a listener needs to send a JSON string as its ack's body. */
export function httpAckProperties(req: IncomingMessage): Record<string, unknown> {
  const res = responses.get(req);
  if (!res) return {};
  return {
    [CONTEXT_KEY]: () => {
      if (!res.headersSent) res.setHeader('content-type', JSON_TYPE);
    },
  };
}

type Ack = (body?: string | Record<string, unknown>) => Promise<void>;

/** Acknowledges with `json` (a message payload) as the body: as is over HTTP, as an object in Socket Mode. */
export function ackWithJson(ack: Ack, context: Record<string, unknown>, json: string): Promise<void> {
  const markJson = context[CONTEXT_KEY] as (() => void) | undefined;
  if (markJson) {
    markJson();
    return ack(json);
  }
  return ack(JSON.parse(json) as Record<string, unknown>);
}
