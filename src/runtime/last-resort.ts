/**
 * Last-resort handlers for a promise rejection nobody awaited and an exception
 * nobody caught. Without them Node ends the process, and with it every other
 * user's answer, because of one bad request (e.g. an error thrown inside Bolt
 * after it has already answered). With them the error is logged, through the
 * redacting log, so no token reaches the log, and the bot keeps serving.
 *
 * Every request's own errors are handled where they happen (listeners/safe.ts);
 * these lines in the log mean a bug to fix, so they are errors, with the stack.
 */
import { errorFields, type Log } from '../log/logger.ts';

type ProcessLike = Pick<NodeJS.Process, 'on' | 'off'>;

export interface LastResort {
  /** Removes the handlers (tests). */
  uninstall(): void;
}

export function installLastResort(log: Log, target: ProcessLike = process): LastResort {
  const onRejection = (reason: unknown) => {
    log.error('process.unhandled_rejection', { ...errorFields(reason), hint: 'a promise failed with nobody waiting for it; the bot keeps serving' });
  };
  const onException = (error: Error) => {
    log.error('process.uncaught_exception', { ...errorFields(error), hint: 'an error escaped every handler; the bot keeps serving' });
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return {
    uninstall() {
      target.off('unhandledRejection', onRejection);
      target.off('uncaughtException', onException);
    },
  };
}
