import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The project root, independent of the working directory the bot is started from. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const KNOWLEDGE_DIR = process.env.KNOWLEDGE_DIR ?? join(PROJECT_ROOT, 'knowledge');
