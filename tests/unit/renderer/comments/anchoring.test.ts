import { redo, undo } from 'prosemirror-history';
import { Slice } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import { canJoin, canSplit } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { planSectionMove } from '../../../../shared/document/sections';
import { addComment } from '../../../../renderer/editor/plugins/comments';
import { doc, h, np, t } from '../../shared/comments/build';
import { anchored, cursorAt, edit, posOf, run, select, stateOf, statesOf } from './editorState';

const base = () =>
  stateOf(
    doc(
      h('h1', 1, t('Introduction')),
      np('p1', t('The quick '), t('brown fox', 'a'), t(' jumps.')),
      h('h2', 1, t('Scope')),
      np('p2', t('Over the lazy dog.')),
    ),
  );

describe('comment anchors follow the text', () => {
  it('grow when typing inside', () => {
    const state = edit(base(), (tr) => tr.insertText(' red', posOf(base().doc, 'brown') + 5));
    expect(anchored(state.doc, 'a')).toEqual(['brown red fox']);
  });

  it('never grow when typing at the start edge', () => {
    const s = base();
    const state = edit(s, (tr) => tr.insertText('very ', posOf(s.doc, 'brown')));
    expect(anchored(state.doc, 'a')).toEqual(['brown fox']);
    expect(state.doc.child(2).textContent).toBe('The quick very brown fox jumps.');
  });

  it('never grow when typing at the end edge', () => {
    const s = base();
    const state = edit(s, (tr) => tr.insertText('es', posOf(s.doc, ' jumps')));
    expect(anchored(state.doc, 'a')).toEqual(['brown fox']);
    expect(state.doc.child(2).textContent).toBe('The quick brown foxes jumps.');
  });

  it('survive splitting the paragraph inside the anchor', () => {
    const s = base();
    const at = posOf(s.doc, 'fox');
    expect(canSplit(s.doc, at)).toBe(true);
    const state = edit(s, (tr) => tr.split(at));
    expect(anchored(state.doc, 'a')).toEqual(['brown ', 'fox']);
    expect(statesOf(state.doc, 'a')).toEqual([['a', 'open', 'brown \nfox']]);
  });

  it('survive joining the paragraphs again', () => {
    const s = base();
    const split = edit(s, (tr) => tr.split(posOf(s.doc, 'fox')));
    const between = posOf(split.doc, 'fox') - 1;
    expect(canJoin(split.doc, between)).toBe(true);
    const joined = edit(split, (tr) => tr.join(between));
    expect(anchored(joined.doc, 'a')).toEqual(['brown fox']);
  });

  it('move with their section when the section is moved', () => {
    const s = base();
    const move = planSectionMove(s.doc, 'h2', 'up');
    if (!move) throw new Error('no move');
    const content = s.doc.slice(move.from, move.to).content;
    const state = edit(s, (tr) => tr.delete(move.from, move.to).insert(move.insertAt, content));
    expect(state.doc.child(1).attrs.id).toBe('h2');
    expect(anchored(state.doc, 'a')).toEqual(['brown fox']);
    const [moved] = statesOf(state.doc, 'a');
    expect(moved).toEqual(['a', 'open', 'brown fox']);
  });

  it('go with the text when it is cut and pasted elsewhere in the document', () => {
    const s = base();
    const from = posOf(s.doc, 'quick');
    const to = posOf(s.doc, ' jumps');
    const slice = s.doc.slice(from, to);
    const cut = edit(s, (tr) => tr.delete(from, to));
    expect(statesOf(cut.doc, 'a')).toEqual([['a', 'detached', '']]);
    const target = posOf(cut.doc, 'lazy');
    const pasted = edit(cut, (tr) => tr.replace(target, target, slice));
    expect(anchored(pasted.doc, 'a')).toEqual(['brown fox']);
    expect(pasted.doc.child(4).textContent).toBe('Over the quick brown foxlazy dog.');
  });

  it('come back with undo and go again with redo', () => {
    const s = base();
    const typed = edit(s, (tr) => tr.insertText('XX', posOf(s.doc, 'fox')));
    expect(anchored(typed.doc, 'a')).toEqual(['brown XXfox']);
    const undone = run(typed, undo);
    expect(anchored(undone.doc, 'a')).toEqual(['brown fox']);
    const redone = run(undone, redo);
    expect(anchored(redone.doc, 'a')).toEqual(['brown XXfox']);
  });

  it('let overlapping and nested comments on the same words all keep working', () => {
    let state = run(select(base(), 'quick brown'), addComment('b'));
    state = run(select(state, 'fox jumps'), addComment('c'));
    state = run(select(state, 'brown'), addComment('d'));
    expect(anchored(state.doc, 'a')).toEqual(['brown fox']);
    expect(anchored(state.doc, 'b')).toEqual(['quick brown']);
    expect(anchored(state.doc, 'c')).toEqual(['fox jumps']);
    expect(anchored(state.doc, 'd')).toEqual(['brown']);
    state = edit(state, (tr) => tr.insertText('!', posOf(state.doc, 'own fox')));
    expect(anchored(state.doc, 'a')).toEqual(['br!own fox']);
    expect(anchored(state.doc, 'd')).toEqual(['br!own']);
  });

  it('detach when all the anchored text is deleted, and attach again on undo', () => {
    const s = base();
    const from = posOf(s.doc, 'brown');
    const gone = edit(s, (tr) => tr.delete(from, from + 'brown fox'.length));
    expect(statesOf(gone.doc, 'a')).toEqual([['a', 'detached', '']]);
    const back = run(gone, undo);
    expect(statesOf(back.doc, 'a')).toEqual([['a', 'open', 'brown fox']]);
  });

  it('detach when the whole commented paragraph is deleted', () => {
    const s = base();
    const p1 = s.doc.child(2);
    const start = posOf(s.doc, 'The quick') - 1;
    const gone = edit(s, (tr) => tr.delete(start, start + p1.nodeSize));
    expect(statesOf(gone.doc, 'a')).toEqual([['a', 'detached', '']]);
    expect(statesOf(run(gone, undo).doc, 'a')).toEqual([['a', 'open', 'brown fox']]);
  });

  it('take in text pasted inside them, as typed text', () => {
    const s = cursorAt(base(), 'brown', 2);
    const over = posOf(s.doc, 'Over');
    const state = edit(s, (tr) =>
      tr
        .replaceSelection(new Slice(s.doc.slice(over, over + 4).content, 0, 0))
        .setMeta('uiEvent', 'paste'),
    );
    expect(anchored(state.doc, 'a')).toEqual(['brOverown fox']);
    expect(state.selection).toBeInstanceOf(TextSelection);
  });
});
