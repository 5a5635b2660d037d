// Temporary quick check of one knowledge file against the schema (until kb:check lands).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { EntriesFile, GlossaryFile, SourcesFile } from '../src/knowledge/schema.ts';
const file = process.argv[2]!;
const data = parse(readFileSync(file, 'utf8'));
const schema = 'entries' in data ? EntriesFile : 'terms' in data ? GlossaryFile : SourcesFile;
const r = schema.safeParse(data);
if (r.success) console.log(`${file}: ok`);
else for (const i of r.error.issues) console.log(`${file} ${i.path.join('.')}: ${i.message}`);
