/**
 * The embedded database serves one process: PGlite keeps the whole database in that
 * process and writes its files without coordinating with anyone else, so a second
 * instance on the same directory would corrupt it. A lock file with the owner's pid
 * stops the second one with a message saying what to do instead. A lock left by a
 * process that has died is taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class EmbeddedDatabaseBusy extends Error {}

export interface EmbeddedLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockEmbeddedDir(dir: string): EmbeddedLock {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'instance.lock');
  const me = `${process.pid}@${hostname()}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, me);
      closeSync(fd);
      return {
        release() {
          // Only our own lock: never remove one another process took over.
          try {
            if (readFileSync(file, 'utf8') === me) rmSync(file);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = (() => {
        try {
          return readFileSync(file, 'utf8');
        } catch {
          return '';
        }
      })();
      const [pidText, host] = owner.split('@');
      const pid = Number(pidText);
      const sameHost = host === hostname();
      if (owner && (!sameHost || (Number.isInteger(pid) && pid > 0 && alive(pid)))) {
        throw new EmbeddedDatabaseBusy(
          `Another instance (process ${owner}) is already using the embedded database in ${dir}. ` +
            'The embedded database serves one process only. To run several instances, set DATABASE_URL to a PostgreSQL server (see docs/scaling.md); ' +
            `if no other instance is running, delete ${file}.`,
        );
      }
      // Left behind by a process that is gone: take it over.
      rmSync(file, { force: true });
    }
  }
  throw new EmbeddedDatabaseBusy(`Could not lock the embedded database in ${dir}; another instance keeps taking it.`);
}
