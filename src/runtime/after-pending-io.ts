/**
 * Resolves after the I/O already waiting on the event loop has been handled.
 * Awaited by a listener between its ack and its work: the requests that arrived
 * meanwhile are acknowledged first (an ack costs well under a millisecond; Slack
 * gives up on one after 3 s), then the answers are worked out.
 */
export const afterPendingIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
