import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { serializeAccordFile } from '../../../../shared/document/load';
import { MASTHEAD_FIELDS, schema } from '../../../../shared/schema';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh real folder under the OS temp folder, removed after the current test. */
export async function tempDir(label = 'accord-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), label));
  made.push(dir);
  return dir;
}

/** A valid .accord file titled `title` with one numbered paragraph per given text. */
export function sampleFile(title: string, paragraphs: string[] = ['First paragraph.']): AccordFile {
  const { nodes } = schema;
  const doc = nodes.doc.create(null, [
    nodes.masthead.create(
      { id: 'masthead' },
      MASTHEAD_FIELDS.map((f, i) =>
        nodes.masthead_field.create(
          { id: `m${i}`, field: f.key },
          f.key === 'title' && title ? schema.text(title) : null,
        ),
      ),
    ),
    ...paragraphs.map((text, i) =>
      nodes.numbered_paragraph.create({ id: `p${i}` }, text ? schema.text(text) : null),
    ),
  ]);
  return newAccordFile(doc, new Date('2026-03-01T10:00:00Z'));
}

/** The bytes Accord writes for a sample file. */
export function sampleText(title: string, paragraphs?: string[]): string {
  return serializeAccordFile(sampleFile(title, paragraphs));
}

/** A clock that starts at `start` and moves only when told. */
export function fakeClock(start = '2026-03-02T09:00:00Z'): {
  now: () => Date;
  advance(ms: number): void;
} {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}
