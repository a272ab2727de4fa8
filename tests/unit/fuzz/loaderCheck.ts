import type { LoadedDocument } from '../../../shared/document/load';
import { loadAccordText, serializeAccordFile } from '../../../shared/document/load';
import type { Result } from '../../../shared/result';
import { schema } from '../../../shared/schema';

/** The file name every fuzz case is loaded under; refusals must name it. */
export const FUZZ_FILE_NAME = 'Fuzzed plan (draft).accord';

/** The codes a refused file may carry. */
const REFUSAL_CODES = new Set(['corrupt-file', 'too-large', 'newer-format']);

/** What became of one input. */
export type LoaderVerdict = 'accepted' | 'refused';

/** Thrown when an input breaks the loader's promise; the message says which part. */
export class LoaderViolation extends Error {
  override name = 'LoaderViolation';
}

function violation(why: string): never {
  throw new LoaderViolation(why);
}

/** Checks a refusal: a known code and a sentence that names the file. */
function checkRefusal(result: { code: string; message: string }): void {
  if (!REFUSAL_CODES.has(result.code)) violation(`refused with unexpected code ${result.code}`);
  const { message } = result;
  if (!message.includes(`“${FUZZ_FILE_NAME}”`))
    violation(`refusal does not name the file: ${message}`);
  if (!/^\S[\s\S]*\S[.!]$/.test(message) || message.length < 20)
    violation(`refusal is not a sentence: ${message}`);
}

function load(text: string): Result<LoadedDocument> {
  try {
    return loadAccordText(text, FUZZ_FILE_NAME);
  } catch (error) {
    return violation(`loadAccordText threw ${String(error)}`);
  }
}

/**
 * Checks an accepted file the way saving will use it: the tree passes check(), and both what
 * the services write (the loaded file) and what the editor writes (its tree) load again to an
 * equal document, with no repairs the second time and the same bytes a third time.
 */
function checkAccepted(loaded: LoadedDocument): void {
  const { doc, file } = loaded;
  if (doc.type !== schema.topNodeType) violation(`accepted a ${doc.type.name} as the document`);
  try {
    doc.check();
  } catch (error) {
    violation(`accepted a document that fails check(): ${String(error)}`);
  }
  const asServices = serializeAccordFile(file);
  const asEditor = serializeAccordFile({ ...file, doc: doc.toJSON() as Record<string, unknown> });
  const variants: [string, string][] = [['the document tree', asEditor]];
  // Usually the same bytes; they differ when loading dropped or repaired something.
  if (asServices !== asEditor) variants.push(['the loaded file', asServices]);
  for (const [label, text] of variants) {
    const again = load(text);
    if (!again.ok) violation(`${label} did not load again once saved: ${again.error.message}`);
    if (!again.value.doc.eq(doc)) violation(`${label} loaded again as a different document`);
    if (again.value.notes.length)
      violation(`${label} needed repairs again: ${again.value.notes.join(' ')}`);
    const third = serializeAccordFile({
      ...again.value.file,
      doc: again.value.doc.toJSON() as Record<string, unknown>,
    });
    if (third !== asEditor) violation(`${label} changed bytes on a second save`);
  }
}

/**
 * Loads one input and checks the loader's promise for it: never a throw; either a document that
 * passes check() and round-trips through save, or a refusal that is a sentence naming the file.
 */
export function checkLoaderResult(result: Result<LoadedDocument>): LoaderVerdict {
  if (!result.ok) {
    checkRefusal(result.error);
    return 'refused';
  }
  checkAccepted(result.value);
  return 'accepted';
}

/** {@link checkLoaderResult} for file text. */
export function checkLoaderText(text: string): LoaderVerdict {
  return checkLoaderResult(load(text));
}
