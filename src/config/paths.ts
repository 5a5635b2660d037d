import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

/** The project root, independent of the working directory the bot is started from. */
export { PROJECT_ROOT };
export const KNOWLEDGE_DIR = process.env.KNOWLEDGE_DIR ?? join(PROJECT_ROOT, 'knowledge');
