// @vitest-environment happy-dom
import { undo } from 'prosemirror-history';
import { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { isValidId } from '../../../../shared/document/ids';
import { enter } from '../../../../renderer/editor/commands/enter';
import { moveSection } from '../../../../renderer/editor/commands/sections';
import { fixIds } from '../../../../renderer/editor/plugins/ids';
import {
  action,
  apply,
  cursorAt,
  doc,
  h,
  idsOf,
  p,
  plain,
  posOf,
  runCommand,
  stateOf,
  topIds,
} from './build';

const unique = (ids: (string | null)[]) => new Set(ids).size === ids.length;

describe('stable block ids', () => {
  it('gives every block of a new document a valid, unique id', () => {
    const state = stateOf(
      doc(h(1, 'Intro'), p('One'), action('Do'), p('Two', 'dup'), p('Three', 'dup')),
    );
    const ids = idsOf(state.doc);
    expect(ids.every(isValidId)).toBe(true);
    expect(unique(ids)).toBe(true);
    expect(topIds(state.doc)[4]).toBe('dup');
  });

  it('keeps every id while typing', () => {
    const state = stateOf(doc(h(1, 'Intro', 'h'), p('One', 'a'), p('Two', 'b')));
    const typed = apply(state, (tr) => tr.insertText('more ', posOf(state.doc, 'Two')));
    expect(typed.doc.child(3).textContent).toBe('more Two');
    expect(idsOf(typed.doc)).toEqual(idsOf(state.doc));
  });

  it('keeps the first half of a split and gives the second half a new id', () => {
    const state = stateOf(doc(p('Before after', 'a'), p('Next', 'b')));
    // tr.split copies the node's attributes, id included: the plugin has to notice the twin.
    const split = apply(state, (tr) => tr.split(posOf(state.doc, ' after')));
    const ids = topIds(split.doc);
    expect(ids[1]).toBe('a');
    expect(ids[2]).not.toBe('a');
    expect(isValidId(ids[2])).toBe(true);
    expect(ids[3]).toBe('b');
  });

  it('gives a new id to the paragraph Enter creates', () => {
    const state = cursorAt(stateOf(doc(p('Middle', 'a'))), 'Mid');
    const next = runCommand(state, enter);
    expect(topIds(next!.doc)[1]).toBe('a');
    expect(unique(idsOf(next!.doc))).toBe(true);
  });

  it('keeps the first block id when two blocks are joined', () => {
    const state = stateOf(doc(p('First', 'a'), p('Second', 'b')));
    const joined = apply(state, (tr) => tr.join(posOf(state.doc, 'Second') - 1));
    expect(joined.doc.child(1).textContent).toBe('FirstSecond');
    expect(topIds(joined.doc).slice(1)).toEqual(['a']);
  });

  it('counts a block once when several changed ranges pass through it', () => {
    const state = stateOf(doc(p('one two three', 'a')));
    const edited = apply(state, (tr) =>
      tr.insertText('X', posOf(state.doc, 'three')).insertText('Y', posOf(state.doc, 'one')),
    );
    expect(edited.doc.child(1).textContent).toBe('Yone two Xthree');
    expect(topIds(edited.doc)[1]).toBe('a');
  });

  it('restores the original ids on undo', () => {
    const state = stateOf(doc(p('Before after', 'a'), p('Next', 'b')));
    const split = apply(state, (tr) => tr.split(posOf(state.doc, ' after')));
    const undone = runCommand(split, undo);
    expect(undone!.doc.eq(state.doc)).toBe(true);
  });

  it('keeps ids when a section moves', () => {
    const state = stateOf(doc(h(1, 'A', 'ha'), p('a1', 'pa'), h(1, 'B', 'hb'), p('b1', 'pb')));
    const moved = runCommand(state, moveSection('hb', 'up'));
    expect(topIds(moved!.doc).slice(1)).toEqual(['hb', 'pb', 'ha', 'pa']);
  });

  it('gives pasted copies fresh ids', () => {
    const state = cursorAt(stateOf(doc(p('Source', 'src'), p('Target', 'tgt'))), 'Target');
    const view = new EditorView(document.createElement('div'), { state });
    view.pasteHTML(
      '<p class="numbered" data-id="src">Source</p><p class="numbered" data-id="src">Again</p>',
    );
    const ids = idsOf(view.state.doc);
    expect(ids.filter((id) => id === 'src')).toHaveLength(1);
    expect(unique(ids)).toBe(true);
    expect(ids.every(isValidId)).toBe(true);
    view.destroy();
  });

  it('leaves a document whose ids are fine untouched', () => {
    const state = stateOf(doc(p('One', 'a'), plain('Two', 'b')));
    expect(fixIds(state.tr, [{ from: 0, to: state.doc.content.size }])).toBe(false);
  });
});
