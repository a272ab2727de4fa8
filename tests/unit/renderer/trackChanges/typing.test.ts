import { undo } from 'prosemirror-history';
import { afterEach, describe, expect, it } from 'vitest';
import { listChanges } from '../../../../shared/changes';
import {
  acceptChangeAtCursor,
  isTrackingChanges,
  rejectChangeAtCursor,
  setTrackChanges,
  toggleTrackChanges,
  trackChangesBindings,
} from '../../../../renderer/editor/plugins/trackChanges';
import { del, doc, ins, np } from '../../shared/changes/build';
import {
  actAs,
  backspace,
  cursor,
  forwardDelete,
  later,
  markIds,
  posOf,
  press,
  resetSession,
  run,
  runs,
  select,
  tracked,
  type,
} from './setup';

afterEach(resetSession);

describe('the suggestion mode switch', () => {
  it('is off by default, turns on and off, and Ctrl+Shift+E toggles it', () => {
    const off = tracked(doc(np('a', 'Text')), false);
    expect(isTrackingChanges(off)).toBe(false);
    const on = run(off, setTrackChanges(true));
    expect(isTrackingChanges(on)).toBe(true);
    expect(isTrackingChanges(run(on, toggleTrackChanges))).toBe(false);
    expect(trackChangesBindings()['Mod-Shift-e']).toBe(toggleTrackChanges);
  });

  it('leaves edits alone while off', () => {
    const state = type(cursor(tracked(doc(np('a', 'Text')), false), 'Text'), ' more');
    expect(runs(state.doc)).toEqual(['Text more']);
  });
});

describe('typing while tracking', () => {
  it('marks typed text as one insertion per run of typing, signed by the author', () => {
    const state = type(cursor(tracked(doc(np('a', 'The plan'))), 'The'), ' new');
    expect(runs(state.doc)).toEqual(['The', '+ new', ' plan']);
    const [change, ...rest] = listChanges(state.doc);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      kind: 'insert',
      author: 'Ana',
      organization: 'ILO',
      excerpt: 'new',
      time: '2025-03-01T09:00:00.000Z',
    });
  });

  it('starts a new change after ten minutes, or for another author', () => {
    let state = type(cursor(tracked(doc(np('a', 'Plan'))), 'Plan'), ' one');
    later(11);
    state = type(state, ' two');
    actAs('Ben');
    state = type(state, ' three');
    expect(markIds(state.doc)).toHaveLength(3);
    expect(listChanges(state.doc).map((c) => [c.author, c.excerpt])).toEqual([
      ['Ana', 'one'],
      ['Ana', 'two'],
      ['Ben', 'three'],
    ]);
  });

  it('typing over a selection deletes the old text and inserts the new', () => {
    const state = type(select(tracked(doc(np('a', 'a draft plan'))), 'draft'), 'final');
    expect(runs(state.doc)).toEqual(['a ', '-draft', '+final', ' plan']);
    expect(state.selection.from).toBe(posOf(state.doc, 'final', 5));
  });
});

describe('deleting while tracking', () => {
  it('keeps deleted text, struck through, as one deletion, with the cursor before it', () => {
    const start = cursor(tracked(doc(np('a', 'Keep this word'))), 'this');
    const state = backspace(start, 4);
    expect(runs(state.doc)).toEqual(['Keep ', '-this', ' word']);
    expect(markIds(state.doc)).toHaveLength(1);
    expect(state.selection.from).toBe(start.selection.from - 4);
  });

  it('Delete marks forward and puts the cursor after the deleted text', () => {
    const start = cursor(tracked(doc(np('a', 'abc'))), 'a');
    const state = forwardDelete(start);
    expect(runs(state.doc)).toEqual(['a', '-b', 'c']);
    expect(state.selection.from).toBe(start.selection.from + 1);
  });

  it('really removes the author’s own pending insertion', () => {
    let state = type(cursor(tracked(doc(np('a', 'Plan'))), 'Plan'), ' typo');
    state = backspace(state, 3);
    expect(runs(state.doc)).toEqual(['Plan', '+ t']);
    expect(listChanges(state.doc)).toHaveLength(1);
  });

  it('removes another reviewer’s pending insertion too (it never was agreed text)', () => {
    let state = type(cursor(tracked(doc(np('a', 'Plan'))), 'Plan'), ' extra');
    actAs('Ben');
    state = backspace(state, 6);
    expect(runs(state.doc)).toEqual(['Plan']);
  });

  it('the Backspace and Delete keys mark one character each, joining into one deletion', () => {
    const start = cursor(tracked(doc(np('a', 'abcdef'))), 'abc');
    const back = press(start, 'Backspace', 2);
    expect(runs(back.doc)).toEqual(['a', '-bc', 'def']);
    expect(markIds(back.doc)).toHaveLength(1);
    expect(back.selection.from).toBe(start.selection.from - 2);
    // Delete first steps over what is already deleted, then deletes the next character.
    const forward = press(back, 'Delete', 2);
    expect(runs(forward.doc)).toEqual(['a', '-bcd', 'ef']);
    expect(markIds(forward.doc)).toHaveLength(1);
    expect(forward.selection.from).toBe(start.selection.from + 1);
  });

  it('the Backspace key skips text already deleted and really deletes pending insertions', () => {
    const state = cursor(tracked(doc(np('a', 'ab', del('cd', 'x', 'Ben'), ins('ef', 'y')))), 'cd');
    const skipped = press(state, 'Backspace');
    expect(runs(skipped.doc)).toEqual(runs(state.doc));
    expect(skipped.selection.from).toBe(state.selection.from - 2);
    const removed = press(cursor(state, 'ef'), 'Backspace');
    expect(runs(removed.doc)).toEqual(['ab', '-cd', '+e']);
  });

  it('Backspace over text already deleted moves the cursor past it', () => {
    const state = cursor(tracked(doc(np('a', 'ab', del('cd', 'x', 'Ben'), 'e'))), 'cd');
    const next = backspace(state);
    expect(runs(next.doc)).toEqual(['ab', '-cd', 'e']);
    expect(next.selection.from).toBe(state.selection.from - 2);
    const after = backspace(next);
    expect(runs(after.doc)).toEqual(['a', '-b', '-cd', 'e']);
  });
});

describe('accepting and rejecting in the editor', () => {
  it('accepts and rejects the change at the cursor, as one undoable step each', () => {
    const state = tracked(doc(np('a', 'Keep ', ins('new', 'i'), ' and ', del('old', 'd'))));
    const accepted = run(cursor(state, 'new', 1), acceptChangeAtCursor);
    expect(runs(accepted.doc)).toEqual(['Keep new and ', '-old']);
    const rejected = run(cursor(accepted, 'old', 1), rejectChangeAtCursor);
    expect(runs(rejected.doc)).toEqual(['Keep new and old']);
    const undone = run(rejected, undo);
    expect(runs(undone.doc)).toEqual(['Keep new and ', '-old']);
    expect(runs(run(undone, undo).doc)).toEqual(['Keep ', '+new', ' and ', '-old']);
  });

  it('refuses the cursor commands where there is no change', () => {
    const state = cursor(tracked(doc(np('a', 'Plain text'))), 'Plain');
    expect(acceptChangeAtCursor(state)).toBe(false);
    expect(rejectChangeAtCursor(state)).toBe(false);
  });

  it('undo takes back a run of typing, then a run of Backspace, whole', () => {
    const start = cursor(tracked(doc(np('a', 'One two'))), 'One');
    const state = type(start, ' and');
    const deleted = press(cursor(state, 'two'), 'Backspace', 3);
    expect(runs(deleted.doc)).toEqual(['One', '+ and', ' ', '-two']);
    const undone = run(deleted, undo);
    expect(runs(undone.doc)).toEqual(['One', '+ and', ' two']);
    expect(runs(run(undone, undo).doc)).toEqual(['One two']);
  });
});
