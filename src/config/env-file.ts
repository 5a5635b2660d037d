/**
 * Reads `.env` next to package.json, if there is one, before any other module
 * reads the environment (src/config/paths.ts reads KNOWLEDGE_DIR when it is
 * imported). Imported first by src/main.ts for that reason. Variables already set
 * in the environment win. Node's own parser: no dependency.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

const envFile = join(PROJECT_ROOT, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);
