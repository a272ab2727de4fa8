import { undo } from 'prosemirror-history';
import { NodeSelection, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { rangesOf } from '../../../../shared/comments';
import {
  activeThread,
  addComment,
  cancelComment,
  commentBindings,
  commentRange,
  focusThread,
  pendingComment,
  reanchor,
  removeCommentMark,
  startComment,
} from '../../../../renderer/editor/plugins/comments';
import { action, doc, h, np, t } from '../../shared/comments/build';
import {
  anchored,
  cursorAt,
  edit,
  highlights,
  posOf,
  run,
  select,
  stateOf,
  statesOf,
} from './editorState';

const base = () =>
  stateOf(
    doc(
      h('h1', 1, t('Introduction')),
      np('p1', t('The quick '), t('brown fox', 'a'), t(' jumps.')),
      h('h2', 1, t('Scope')),
      np('p2', t('Over the '), t('lazy', 'a'), t(' dog.')),
      action('r1', t('Do it')),
      h('h3', 1, t('End')),
    ),
  );

describe('addComment', () => {
  it('marks the selected text with the thread id and focuses the thread', () => {
    const state = run(select(base(), 'jumps'), addComment('n'));
    expect(anchored(state.doc, 'n')).toEqual(['jumps']);
    expect(activeThread(state)).toBe('n');
  });

  it('marks the word at the cursor when nothing is selected', () => {
    const state = run(cursorAt(base(), 'Over', 2), addComment('n'));
    expect(anchored(state.doc, 'n')).toEqual(['Over']);
  });

  it('marks all the text of a selected action record', () => {
    const s = base();
    const at = posOf(s.doc, 'Do it') - 3;
    const selected = s.apply(s.tr.setSelection(NodeSelection.create(s.doc, at)));
    expect((selected.selection as NodeSelection).node.type.name).toBe('action_record');
    expect(anchored(run(selected, addComment('n')).doc, 'n')).toEqual(['Do it']);
  });

  it('marks all the text of a whole selected section, headings included', () => {
    const s = base();
    const from = posOf(s.doc, 'Scope');
    const to = posOf(s.doc, 'End') - 2;
    const selected = s.apply(s.tr.setSelection(TextSelection.create(s.doc, from, to)));
    const state = run(selected, addComment('n'));
    expect(anchored(state.doc, 'n')).toEqual(['Scope', 'Over the lazy dog.', 'Do it']);
  });

  it('refuses where there is no text to hold on to', () => {
    const empty = stateOf(doc(np('p1')));
    const inside = empty.apply(
      empty.tr.setSelection(TextSelection.create(empty.doc, empty.doc.content.size - 1)),
    );
    expect(addComment('n')(inside)).toBe(false);
    expect(commentRange(inside)).toBeNull();
    expect(startComment(inside)).toBe(false);
  });

  it('is not undone by Undo, which only undoes text edits', () => {
    const typed = edit(base(), (tr) =>
      tr.insertText('Very ', 1 + base().doc.child(0).nodeSize + 1),
    );
    const commented = run(select(typed, 'jumps'), addComment('n'));
    const undone = run(commented, undo);
    expect(anchored(undone.doc, 'n')).toEqual(['jumps']);
    expect(undone.doc.child(1).textContent).toBe('Introduction');
  });
});

describe('startComment and cancelComment', () => {
  it('remember and highlight the text a new comment will cover, even when the selection moves', () => {
    let state = run(select(base(), 'jumps'), startComment);
    expect(highlights(state)).toEqual([['pending', 'jumps']]);
    state = edit(cursorAt(state, 'Over'), (tr) => tr.insertText('Well, ', posOf(state.doc, 'The')));
    expect(pendingComment(state)).not.toBeNull();
    state = run(state, addComment('n'));
    expect(anchored(state.doc, 'n')).toEqual(['jumps']);
    expect(pendingComment(state)).toBeNull();
    expect(highlights(state).filter(([kind]) => kind === 'pending')).toEqual([]);
  });

  it('forget it on cancel', () => {
    const state = run(run(select(base(), 'jumps'), startComment), cancelComment);
    expect(pendingComment(state)).toBeNull();
    expect(highlights(state)).toEqual([]);
    expect(cancelComment(state)).toBe(false);
  });

  it('are bound to Ctrl+Alt+M', () => {
    expect(commentBindings()).toEqual({ 'Mod-Alt-m': startComment });
  });
});

describe('removeCommentMark and reanchor', () => {
  it('removes every range of a thread, leaving it detached', () => {
    const state = run(base(), removeCommentMark('a'));
    expect(statesOf(state.doc, 'a')).toEqual([['a', 'detached', '']]);
    expect(removeCommentMark('a')(state)).toBe(false);
  });

  it('moves a thread, detached or not, to the selection', () => {
    const state = run(select(base(), 'Introduction'), reanchor('a'));
    expect(anchored(state.doc, 'a')).toEqual(['Introduction']);
    const detached = run(base(), removeCommentMark('a'));
    expect(anchored(run(select(detached, 'dog'), reanchor('a')).doc, 'a')).toEqual(['dog']);
  });

  it('refuses to re-anchor where there is no text', () => {
    const empty = stateOf(doc(np('p1')));
    expect(reanchor('a')(empty)).toBe(false);
  });
});

describe('the active thread', () => {
  it('is the thread whose highlight holds the cursor, highlighted over all its ranges', () => {
    const state = cursorAt(base(), 'fox', 1);
    expect(activeThread(state)).toBe('a');
    expect(highlights(state)).toEqual([
      ['active', 'brown fox'],
      ['active', 'lazy'],
    ]);
    const away = cursorAt(state, 'Scope', 2);
    expect(activeThread(away)).toBeNull();
    expect(highlights(away)).toEqual([]);
  });

  it('is the innermost of overlapping comments, and stays the focused one while the cursor is in it', () => {
    let state = run(select(base(), 'quick brown fox jumps'), addComment('outer'));
    expect(activeThread(state)).toBe('outer');
    state = cursorAt(cursorAt(state, 'Scope'), 'own', 1);
    expect(activeThread(state)).toBe('a');
    state = run(state, focusThread('outer'));
    state = cursorAt(state, 'fox', 1);
    expect(activeThread(state)).toBe('outer');
  });

  it('follows typing inside its highlight without a full recompute going wrong', () => {
    let state = cursorAt(base(), 'fox', 1);
    for (const text of ['X', 'Y', 'Z']) state = edit(state, (tr) => tr.insertText(text));
    expect(highlights(state)).toEqual([
      ['active', 'brown fXYZox'],
      ['active', 'lazy'],
    ]);
    const s = state;
    state = edit(s, (tr) => tr.delete(posOf(s.doc, 'lazy'), posOf(s.doc, 'lazy') + 4));
    expect(highlights(state)).toEqual([['active', 'brown fXYZox']]);
    state = run(state, undo);
    expect(highlights(state).map(([, text]) => text)).toEqual(
      rangesOf(state.doc, 'a').map((r) => state.doc.textBetween(r.from, r.to)),
    );
  });

  it('is set by focusThread, which selects the text of an anchored thread', () => {
    const state = run(base(), focusThread('a'));
    expect(activeThread(state)).toBe('a');
    expect(state.doc.textBetween(state.selection.from, state.selection.to)).toBe('brown fox');
    const detached = run(run(base(), removeCommentMark('a')), focusThread('a'));
    expect(activeThread(detached)).toBe('a');
    expect(highlights(detached)).toEqual([]);
  });
});
