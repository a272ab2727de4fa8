import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptAll, rejectAll } from '../../../../shared/changes';
import { doc, hasChanges, np } from '../../shared/changes/build';
import { resetSession } from './setup';
import { texts, Twin, type Action } from './twin';

afterEach(resetSession);

// Small documents of body paragraphs (level 0, so Enter in an empty one never outdents), one
// with empty paragraphs at its ends.
const starts: Node[] = [
  doc(np('a', 'Alpha beta.'), np('b', 'Gamma'), np('c', 'Delta epsilon.')),
  doc(np('a', 'One'), np('b'), np('c', 'Two three')),
  doc(np('a', 'Solo')),
  doc(np('a'), np('b', 'Mid dle'), np('c')),
];

// Where an action happens: an index into the text positions, or (null) where the cursor is.
const place = fc.option(fc.nat(60), { nil: null, freq: 3 });

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      at: place,
      text: fc.constantFrom('x', 'yz', ' '),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('Enter' as const), at: place }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('Backspace' as const), at: place }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('Delete' as const), at: place }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('select' as const),
      from: fc.nat(60),
      to: fc.nat(60),
      then: fc.constantFrom(
        'Backspace' as const,
        'Delete' as const,
        'Enter' as const,
        'type' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('author' as const),
      name: fc.constantFrom('Ana', 'Ben'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('later' as const) }) },
);

/** After each action: the suggestions reject to the original and accept to the direct edit. */
function checkTwin(twin: Twin): void {
  twin.on.doc.check();
  twin.off.doc.check();
  const rejected = rejectAll(twin.on.doc).doc;
  rejected.check();
  expect(rejected.toJSON()).toEqual(twin.original.toJSON());
  const accepted = acceptAll(twin.on.doc).doc;
  accepted.check();
  expect(hasChanges(accepted)).toBe(false);
  expect(texts(accepted)).toEqual(texts(twin.off.doc));
}

describe('suggestion mode, for any keys typed', () => {
  // Typing, Enter, Backspace, Delete and deleting or typing over selections, the same keys at
  // the same place in the text in a suggesting editor and a direct one (see twin.ts).
  it('rejects back to the original and accepts into what editing directly gives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...starts.keys()),
        fc.array(action, { minLength: 1, maxLength: 12 }),
        (start, actions) => {
          resetSession();
          const twin = new Twin(starts[start]!);
          for (const a of actions) {
            twin.do(a);
            checkTwin(twin);
          }
        },
      ),
      { numRuns: 400, seed: 19 },
    );
  });
});
