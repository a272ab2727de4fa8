import type { Node } from 'prosemirror-model';
import { withDocument } from '../document/create';
import type { AccordFile, Person, Version } from '../document/fileSchema';
import { ok, type Result } from '../result';
import { displayName, displayTime } from './names';
import { loadVersion, saveVersion } from './store';

/** A file whose draft is an earlier version again, the draft as it was, and the version saved of it. */
export interface Restored {
  file: AccordFile;
  doc: Node;
  saved: Version;
}

/**
 * Makes version `versionId` the draft again. The current draft (`current`, supplied by the
 * caller) is first saved as a version with reason 'restore', so nothing is lost.
 */
export function restoreVersion(
  file: AccordFile,
  current: Node,
  versionId: string,
  who: { author: Person; now: Date },
): Result<Restored> {
  const doc = loadVersion(file, versionId);
  if (!doc.ok) return doc;
  const target = file.versions.list.find((v) => v.id === versionId)!;
  const name = displayName(target.name, 60);
  const saved = saveVersion(file, current, {
    name: `Before restoring “${name}”`,
    note: `The draft as it was before version “${name}” (${displayTime(target.time)}) was restored.`,
    author: who.author,
    reason: 'restore',
    now: who.now,
  });
  return ok({
    file: withDocument(saved.file, doc.value, who.now),
    doc: doc.value,
    saved: saved.version,
  });
}
