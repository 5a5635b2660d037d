/**
 * Counts the work in flight (HTTP requests not yet answered, Slack listeners not
 * yet finished) so a shutdown can wait for exactly that and no longer.
 */
export interface InFlight {
  /** Marks one piece of work as started; call the returned function once when it ends (extra calls are ignored). */
  begin(): () => void;
  count(): number;
  /** Resolves true when nothing is in flight, or false if `timeoutMs` passes first. */
  idle(timeoutMs: number): Promise<boolean>;
}

export function createInFlight(): InFlight {
  let n = 0;
  const waiters = new Set<() => void>();
  const wake = () => {
    if (n === 0) for (const w of [...waiters]) w();
  };
  return {
    begin() {
      n++;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        n--;
        wake();
      };
    },
    count: () => n,
    idle(timeoutMs) {
      if (n === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          waiters.delete(onIdle);
          resolve(ok);
        };
        const onIdle = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        waiters.add(onIdle);
      });
    },
  };
}
