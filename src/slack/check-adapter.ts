/**
 * Connects the checks module (src/checks, owned elsewhere) to the CheckPort the
 * Slack app and the console use. Until that module exists the port is null and
 * the check commands say so politely.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { CheckPort } from './check-port.ts';

const CHECKS_MODULE = new URL('../checks/index.ts', import.meta.url);

export async function loadCheckPort(kb: KnowledgeBase): Promise<CheckPort | null> {
  if (!existsSync(fileURLToPath(CHECKS_MODULE))) return null;
  void kb;
  return null;
}
