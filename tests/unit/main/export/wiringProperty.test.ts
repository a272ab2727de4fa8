import fc from 'fast-check';
import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/apiDispatch';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { schema } from '../../../../shared/schema';
import { saveVersion } from '../../../../shared/versions';
import { makeHandlers } from '../../main/services/apiHelpers';
import { anyEdit, applyEdit } from '../../shared/diff/randomEdits';
import { malformedParts, xmlParts } from './readBack';
import { templateFile } from './wiringFixtures';

/** The template saved as version "Base", then edited at random. */
function editedTemplate(edits: Parameters<typeof applyEdit>[1][]): AccordFile {
  const template = templateFile();
  const base = Node.fromJSON(schema, template.doc);
  const saved = saveVersion(template, base, {
    name: 'Base',
    note: '',
    author: { name: 'Ana Ruiz', initials: 'AR', organization: 'ILO' },
    reason: 'export',
    now: new Date('2026-11-05T10:00:00Z'),
  });
  const edited = edits.reduce((doc, edit, n) => applyEdit(doc, edit, n), base);
  return { ...saved.file, doc: edited.toJSON() as AccordFile['doc'] };
}

describe('exporting edited documents', () => {
  it('exports every randomly edited template, plain or as revised text, as well-formed parts', async () => {
    const h = await makeHandlers();
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyEdit, { minLength: 1, maxLength: 6 }),
        fc.record({ comments: fc.boolean(), changes: fc.boolean(), tableOfContents: fc.boolean() }),
        fc.boolean(),
        async (edits, options, revised) => {
          const file = JSON.parse(JSON.stringify(editedTemplate(edits))) as unknown;
          const result = await dispatch(h.api, 'export.docx', {
            file,
            options,
            outputPath: null,
            ...(revised ? { against: 'Base' } : {}),
          });
          if (!result.ok) throw new Error(result.error.message);
          const { downloadId } = result.value as { downloadId: string };
          const bytes = h.downloads.find(downloadId)?.bytes ?? new Uint8Array();
          expect(malformedParts(xmlParts(bytes))).toEqual([]);
        },
      ),
      { numRuns: 12, seed: 5 },
    );
  });
});
