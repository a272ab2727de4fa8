import type { Node } from 'prosemirror-model';
import { withDocument } from '../document/create';
import type { AccordFile, Person, Version } from '../document/fileSchema';
import { fail, ok, type Result } from '../result';
import { saveVersion } from '../versions';
import { checkCopy, importMarker, mergeCopyInto } from './merge';
import { changedAnything, type MergeReport } from './report';

/** A returned copy as read from disk: its file, document, and the name to call it by. */
export interface CopyInput {
  file: AccordFile;
  doc: Node;
  name: string;
}

/** The master after importing copies one after another, with a report per copy. */
export interface Imported {
  file: AccordFile;
  doc: Node;
  reports: MergeReport[];
  /** The version saved of the master as it was before the import; null when nothing changed. */
  version: Version | null;
}

/**
 * Imports returned copies into the master one after another (each sees the previous ones'
 * suggestions, so two reviewers who changed the same words are flagged as a conflict). Refuses
 * the whole import, master untouched, when any copy is not a review copy of this master. When
 * anything changes, the master as it was is first saved as a version (reason 'review') whose
 * note records which copies came in, so importing the same copy again changes nothing.
 */
export function importReviewCopies(
  masterFile: AccordFile,
  masterDoc: Node,
  copies: readonly CopyInput[],
  who: { author: Person; now: Date },
): Result<Imported> {
  if (copies.length === 0)
    return fail('invalid-argument', 'Choose at least one review copy to import.');
  for (const copy of copies) {
    const checked = checkCopy(masterFile, copy.file);
    if (!checked.ok) return fail(checked.error.code, `${copy.name}: ${checked.error.message}`);
  }
  let file = masterFile;
  let doc = masterDoc;
  const reports: MergeReport[] = [];
  for (const copy of copies) {
    const merged = mergeCopyInto(file, doc, copy.file, copy.doc);
    if (!merged.ok) return fail(merged.error.code, `${copy.name}: ${merged.error.message}`);
    ({ file, doc } = merged.value);
    reports.push(merged.value.report);
  }
  if (!reports.some(changedAnything))
    return ok({ file: masterFile, doc: masterDoc, reports, version: null });
  const from = [...new Set(reports.filter((r) => !r.alreadyImported).map((r) => r.reviewer))];
  const saved = saveVersion(masterFile, masterDoc, {
    name: `Before importing review from ${from.join(', ')}`,
    note: copies
      .filter((_c, i) => !reports[i]!.alreadyImported)
      .map((c) => importMarker(c.file))
      .join('\n'),
    author: who.author,
    reason: 'review',
    now: who.now,
  });
  const result = withDocument({ ...file, versions: saved.file.versions }, doc, who.now);
  return ok({ file: result, doc, reports, version: saved.version });
}
