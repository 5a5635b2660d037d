/** Reads archives, folders and files into what the analysis needs, keeping only the cited consolidated texts. */
import { readLovdataFiles } from './archive.ts';
import { parseLovdataDocument } from './document.ts';
import { isLovtidend, readLovtidendItem } from './lovtidend.ts';
import type { Corpus } from './analyse.ts';

export async function readCorpus(paths: string[], wanted: Set<string>): Promise<Corpus> {
  const corpus: Corpus = { documents: new Map(), items: [], documentCount: 0, inputs: paths };
  for await (const file of readLovdataFiles(paths)) {
    const doc = parseLovdataDocument(file.text);
    if (!doc.header.refId) continue; // not a Lovdata document (no header)
    corpus.documentCount++;
    if (isLovtidend(doc)) corpus.items.push(readLovtidendItem(doc));
    else if (wanted.has(doc.header.refId)) corpus.documents.set(doc.header.refId, doc);
  }
  corpus.items.sort((a, b) => a.act.localeCompare(b.act));
  return corpus;
}
