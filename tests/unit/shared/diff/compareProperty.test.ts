import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../../../scripts/bench/generatePlan';
import { compareDocuments } from '../../../../shared/diff/compare';
import { schema } from '../../../../shared/schema';
import { acceptedAndRejected, doc, linesWithout, para } from './builders';
import { anyEdit, applyEdit } from './randomEdits';

const meta = { author: { name: 'B', initials: 'B', organization: 'UNDP' }, time: '' };
const base = generatePlan({ paragraphs: 24, wordsPerParagraph: 6, actionRecords: 3 });

describe('comparison documents, for any edits', () => {
  it('are valid and give back the new text when accepted and the old when rejected', () => {
    fc.assert(
      fc.property(fc.array(anyEdit, { minLength: 1, maxLength: 12 }), (edits) => {
        const changed = edits.reduce((d, e, n) => applyEdit(d, e, n), base);
        const result = compareDocuments(base, changed, meta);
        result.doc.check();
        const { accepted, rejected } = acceptedAndRejected(result.doc);
        expect(accepted).toEqual(linesWithout(changed, null));
        expect(rejected).toEqual(linesWithout(base, null));
        expect(result.changes.length === 0).toBe(changed.eq(base));
      }),
      { numRuns: 60 },
    );
  });

  it('ignore comment marks but show a change of formatting', () => {
    const words = (marks: string[]) =>
      doc(
        schema.nodes.numbered_paragraph.create({ id: 'p' }, [
          schema.text('Plain '),
          schema.text(
            'word',
            marks.map((m) =>
              m === 'comment'
                ? schema.marks.comment.create({ id: 'c1' })
                : schema.marks.strong.create(),
            ),
          ),
        ]),
      );
    expect(compareDocuments(words([]), words(['comment']), meta).changes).toEqual([]);
    expect(compareDocuments(words([]), words(['strong']), meta).counts.changed).toBe(1);
    expect(compareDocuments(doc(para('p', 'a')), doc(para('p', 'a')), meta).changes).toEqual([]);
  });
});
