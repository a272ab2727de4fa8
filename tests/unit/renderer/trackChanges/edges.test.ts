// Paragraph breaks and emptied paragraphs while suggesting: each case is one the random key
// sequences of suggestProperty.test.ts found, where accepting did not give what editing
// directly gives, or rejecting did not give back the original.
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptAll, blockChangeOf, rejectAll } from '../../../../shared/changes';
import { enter } from '../../../../renderer/editor/commands/enter';
import { doc, np } from '../../shared/changes/build';
import { cursor, posOf, resetSession, run, runs, tracked } from './setup';
import { pressKey, texts } from './twin';

afterEach(resetSession);

/** The state with [from, to) selected. */
const range = (state: EditorState, from: number, to: number) =>
  state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));

/** The cursor inside the `n`th body block (0 first), at its start. */
function inBlock(state: EditorState, n: number): EditorState {
  let pos = -1;
  state.doc.forEach((child, offset, index) => {
    if (index === n + 1) pos = offset + 1;
  });
  return range(state, pos, pos);
}

/** What the document says once everything is accepted, block by block. */
const accepted = (state: EditorState) => texts(acceptAll(state.doc).doc);

/** The change kind of every body block. */
function kinds(d: Node): string[] {
  const out: string[] = [];
  d.forEach((child, _o, index) => {
    if (index > 0) out.push(blockChangeOf(child)?.kind ?? '');
  });
  return out;
}

function rejectsToOriginal(state: EditorState, original: Node): void {
  state.doc.check();
  const rejected = rejectAll(state.doc).doc;
  rejected.check();
  expect(rejected.eq(original)).toBe(true);
}

describe('deleting from the start of a paragraph', () => {
  it('into a later one keeps the rest of that one in place, not in a new inserted block', () => {
    const original = doc(np('a', 'Alpha'), np('b', 'Beta gamma'), np('c', 'Delta'));
    const start = tracked(original);
    const state = pressKey(
      range(start, posOf(start.doc, 'Beta'), posOf(start.doc, 'Delta', 2)),
      'Backspace',
    );
    expect(runs(state.doc)).toEqual(['Alpha', '¶', '-Beta gamma', '¶', '-De', 'lta']);
    expect(kinds(state.doc)).toEqual(['', '', 'delete']);
    expect(accepted(state)).toEqual(['Alpha', 'lta']);
    rejectsToOriginal(state, original);
  });

  it('whose break is already deleted, to the start of the next, deletes the next break', () => {
    const original = doc(np('a', 'Alpha'), np('b', 'Gamma'), np('c', 'Delta'));
    const joined = pressKey(cursor(tracked(original), 'Gamma', 0), 'Backspace');
    expect(accepted(joined)).toEqual(['AlphaGamma', 'Delta']);
    const state = pressKey(
      range(joined, posOf(joined.doc, 'Gamma'), posOf(joined.doc, 'Delta')),
      'Backspace',
    );
    expect(accepted(state)).toEqual(['AlphaDelta']);
    rejectsToOriginal(state, original);
  });

  it('after Enter at its start keeps the text the new paragraph took, so reject restores it', () => {
    const original = doc(np('a', 'Alpha'), np('b', 'Gamma'));
    const split = run(cursor(tracked(original), 'Alpha', 0), enter);
    expect(kinds(split.doc)).toEqual(['', 'insert', '']);
    // From the empty first paragraph to the start of "Gamma": both paragraphs before it go.
    const from = posOf(split.doc, 'Alpha') - 2;
    const state = pressKey(range(split, from, posOf(split.doc, 'Gamma')), 'Backspace');
    expect(runs(state.doc)).toEqual(['-Alpha', '¶', 'Gamma']);
    expect(accepted(state)).toEqual(['Gamma']);
    rejectsToOriginal(state, original);
  });
});

describe('new paragraph breaks', () => {
  it('deleting across two new ones removes both and joins what follows', () => {
    const original = doc(np('a', 'Delta epsilon.'));
    let state = run(cursor(tracked(original), 'Delta epsilo'), enter);
    state = run(cursor(state, 'n.', 0), enter);
    state = pressKey(
      range(state, posOf(state.doc, 'Delta epsilo', 12), posOf(state.doc, 'n.', 1)),
      'Delete',
    );
    expect(runs(state.doc)).toEqual(['Delta epsilo', '-n', '.']);
    expect(accepted(state)).toEqual(['Delta epsilo.']);
    rejectsToOriginal(state, original);
  });
});

describe('Backspace and Delete next to a paragraph suggested for removal', () => {
  const original = doc(np('a', 'One'), np('b'), np('c', 'Two three'));
  const removed = () => pressKey(inBlock(tracked(original), 1), 'Backspace');

  it('Delete at the end of the paragraph before reaches the break beyond it', () => {
    expect(kinds(removed().doc)).toEqual(['', 'delete', '']);
    const state = pressKey(cursor(removed(), 'One'), 'Delete');
    expect(kinds(state.doc)).toEqual(['', 'delete', 'delete']);
    expect(accepted(state)).toEqual(['OneTwo three']);
    rejectsToOriginal(state, original);
  });

  it('Backspace at the start of the paragraph after reaches the break beyond it', () => {
    const state = pressKey(cursor(removed(), 'Two', 0), 'Backspace');
    expect(accepted(state)).toEqual(['OneTwo three']);
    expect(state.selection.from).toBe(posOf(state.doc, 'One', 3));
    rejectsToOriginal(state, original);
  });

  it('Delete inside it deletes the break after it', () => {
    const state = pressKey(inBlock(removed(), 1), 'Delete');
    expect(accepted(state)).toEqual(['OneTwo three']);
    rejectsToOriginal(state, original);
  });
});

describe('a paragraph whose text is all deleted', () => {
  it('Backspace at its start after the masthead suggests removing it, as for an empty one', () => {
    const original = doc(np('a', 'One'), np('b', 'Two'));
    const start = tracked(original);
    const emptied = pressKey(
      range(start, posOf(start.doc, 'One'), posOf(start.doc, 'One', 3)),
      'Backspace',
    );
    expect(accepted(emptied)).toEqual(['', 'Two']);
    const state = pressKey(inBlock(emptied, 0), 'Backspace');
    expect(kinds(state.doc)).toEqual(['delete', '']);
    expect(accepted(state)).toEqual(['Two']);
    rejectsToOriginal(state, original);
  });

  it('an empty first paragraph that the next one joins with text is kept by Backspace and stepped over by Delete', () => {
    const original = doc(np('a'), np('b', 'Mid dle'));
    const start = tracked(original);
    const joined = pressKey(
      range(start, posOf(start.doc, 'Mid') - 2, posOf(start.doc, 'Mid', 2)),
      'Backspace',
    );
    expect(kinds(joined.doc)).toEqual(['', 'delete']);
    expect(accepted(joined)).toEqual(['d dle']);
    const state = pressKey(inBlock(joined, 0), 'Backspace');
    expect(state.doc.eq(joined.doc)).toBe(true);
    // Delete there steps over the deleted break, to the text that joins it.
    const stepped = pressKey(inBlock(joined, 0), 'Delete');
    expect(stepped.doc.eq(joined.doc)).toBe(true);
    expect(stepped.selection.from).toBe(posOf(joined.doc, 'Mid'));
    // Had it been removed, the text joining it would have lost its paragraph to Enter here.
    const split = run(inBlock(state, 0), enter);
    expect(accepted(split)).toEqual(['', 'd dle']);
    rejectsToOriginal(split, original);
  });
});

describe('a first paragraph suggested for removal', () => {
  it('loses the suggestion when a new break is deleted and text that stays joins it', () => {
    const original = doc(np('a', 'Solo'), np('b', 'Two'));
    let state = run(cursor(tracked(original), 'Solo', 0), enter);
    state = pressKey(inBlock(state, 0), 'Backspace');
    expect(kinds(state.doc)).toEqual(['delete', 'insert', '']);
    // From inside the removed paragraph to after "S": the new break goes, "olo" joins it.
    state = pressKey(
      range(state, posOf(state.doc, 'Solo') - 2, posOf(state.doc, 'Solo', 1)),
      'Delete',
    );
    expect(kinds(state.doc)).toEqual(['', '']);
    expect(accepted(state)).toEqual(['olo', 'Two']);
    state = pressKey(
      range(state, posOf(state.doc, 'olo'), posOf(state.doc, 'olo', 3)),
      'Backspace',
    );
    expect(accepted(state)).toEqual(['', 'Two']);
    rejectsToOriginal(state, original);
  });
});
