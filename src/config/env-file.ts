/**
 * Reads `.env` next to package.json, if there is one, before any other module
 * reads the environment (src/config/paths.ts reads KNOWLEDGE_DIR when it is
 * imported). Imported first by src/main.ts for that reason. Variables already set
 * in the environment win. Node's own parser: no dependency.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const envFile = fileURLToPath(new URL('../../.env', import.meta.url));
if (existsSync(envFile)) process.loadEnvFile(envFile);
