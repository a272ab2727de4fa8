import type { Node } from 'prosemirror-model';
import { newAccordFile } from '../../../../shared/document/create';
import type { AccordFile, Person } from '../../../../shared/document/fileSchema';
import { saveVersion } from '../../../../shared/versions';
import { hashNode } from '../../../../shared/versions/hash';
import { doc, heading, para, record } from '../../shared/diff/builders';

/** People who save versions in these tests. */
export const ana: Person = { name: 'Ana Ruiz', initials: 'AR', organization: 'ILO' };
export const ben: Person = { name: 'Ben Okafor', initials: 'BO', organization: '' };

/** The first draft: two chapters, three paragraphs and an action record. */
export const first = doc(
  heading('h1', 1, 'Introduction'),
  para('p1', 'The plan supports member states.'),
  para('p2', 'It runs for five years.'),
  heading('h2', 1, 'Action areas'),
  record('r1', 'planned', { description: 'Map legal frameworks', lead: 'ILO' }),
  para('p4', 'Closing words.'),
);

/**
 * The second draft: p1 edited, p2 deleted, p4 moved up into chapter I, a paragraph inserted, the
 * record's lead entity and status changed.
 */
export const second = doc(
  heading('h1', 1, 'Introduction'),
  para('p1', 'The plan supports member states and regions.'),
  para('p4', 'Closing words.'),
  heading('h2', 1, 'Action areas'),
  record('r1', 'on_track', { description: 'Map legal frameworks', lead: 'ILO and FAO' }),
  para('p3', 'A new paragraph.'),
);

const at = (minute: number) => new Date(Date.UTC(2025, 2, 14, 9, minute));

/** Saves `d` as a version of `file`. */
export function withVersion(
  file: AccordFile,
  d: Node,
  name: string,
  minute: number,
  over: { note?: string; author?: Person; reason?: 'manual' | 'export' | 'restore' } = {},
): AccordFile {
  return saveVersion(file, d, {
    name,
    note: over.note ?? '',
    author: over.author ?? ana,
    reason: over.reason ?? 'manual',
    now: at(minute),
  }).file;
}

/**
 * A file with "Draft 1" (Ana, with a note), "Draft 2" (Ben, before an export) and the first
 * draft again under a 10,004-character name.
 */
export function threeVersions(): AccordFile {
  let file = newAccordFile(second, at(0));
  file = withVersion(file, first, 'Draft 1', 1, { note: 'For the December meeting' });
  file = withVersion(file, second, 'Draft 2', 2, { author: ben, reason: 'export' });
  file = withVersion(file, first, `Long ${'name '.repeat(2000)}`, 3);
  return file;
}

/** The same file read back from disk with a block only "Draft 2" holds lost. */
export function damagedSecond(): AccordFile {
  const file = JSON.parse(JSON.stringify(threeVersions())) as AccordFile;
  delete file.versions.blocks[hashNode(second.child(2))];
  return file;
}
