/**
 * Runs a command-line tool (src/cli/<name>.ts) inside the test process, as if it
 * had been started with `args` and `stdin`: its module is evaluated afresh, with
 * process.argv, stdin, console and process.exit stood in for, and what it wrote
 * and its exit code are returned. Milliseconds instead of a process start and a
 * TypeScript compile per case; tests/process/cli-smoke.test.ts starts each CLI
 * for real once.
 */
import { Readable } from 'node:stream';
import { vi } from 'vitest';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Exit extends Error {
  constructor(readonly code: number) {
    super(`process.exit(${code})`);
  }
}

const format = (args: unknown[]) => `${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`;

export async function runCli(name: string, args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const saved = { argv: process.argv, exitCode: process.exitCode, stdin: Object.getOwnPropertyDescriptor(process, 'stdin')!, env: { ...process.env } };
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [options.stdin]), { isTTY: options.stdin === undefined ? true : undefined });
  process.argv = [process.execPath, `src/cli/${name}.ts`, ...args];
  process.exitCode = undefined;
  Object.defineProperty(process, 'stdin', { value: stdin, configurable: true });
  Object.assign(process.env, options.env ?? {});
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (stdout += format(a))),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += format(a))),
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write),
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Exit(code ?? 0);
    }) as typeof process.exit),
  ];
  let code: number;
  try {
    vi.resetModules();
    await import(`../../src/cli/${name}.ts`);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof Exit)) throw error;
    code = error.code;
  } finally {
    for (const s of spies) s.mockRestore();
    process.argv = saved.argv;
    process.exitCode = saved.exitCode;
    Object.defineProperty(process, 'stdin', saved.stdin);
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
  }
  return { code, stdout, stderr };
}
