import type { Node } from 'prosemirror-model';
import { undo } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { addRowAfter } from 'prosemirror-tables';
import { afterEach, describe, expect, it } from 'vitest';
import { listChanges, rejectAll } from '../../../../shared/changes';
import { editorCommands } from '../../../../renderer/editor/commands/registry';
import { enter } from '../../../../renderer/editor/commands/enter';
import { editorPlugins } from '../../../../renderer/editor/setup';
import {
  acceptAllChanges,
  goToChange,
  rejectAllChanges,
} from '../../../../renderer/editor/plugins/trackChanges';
import { cell, doc, np, pp, table, tr } from '../../shared/changes/build';
import { cursor, press, resetSession, run, runs, session, type } from './setup';

afterEach(resetSession);

/** A state with every editor plugin (suggestion mode first, as setup.ts orders them), on. */
function full(document: Node): EditorState {
  return EditorState.create({
    doc: document,
    plugins: editorPlugins({
      getAuthor: () => session.person,
      now: () => session.time,
      trackChanges: 'on',
    }),
  });
}

/** The change bars as [class, text of the block]. */
function bars(state: EditorState): [string, string][] {
  const plugin = state.plugins[0]!;
  const set = plugin.props.decorations?.call(plugin, state) as DecorationSet;
  return set
    .find()
    .sort((a, b) => a.from - b.from)
    .map((d) => [
      String((d as unknown as { type: { attrs: { class: string } } }).type.attrs.class),
      state.doc.nodeAt(d.from)?.textContent ?? '',
    ]);
}

describe('suggestion mode with every editor plugin', () => {
  it('tracks typing, Enter and Backspace; new blocks get ids; the document stays valid', () => {
    let state = type(cursor(full(doc(np('a', 'Alpha'))), 'Alpha'), ' one');
    state = type(run(state, enter), 'Two');
    state = press(cursor(state, 'Alpha', 3), 'Backspace');
    state.doc.check();
    expect(runs(state.doc)).toEqual(['Al', '-p', 'ha', '+ one', '¶', '+Two']);
    const ids = new Set<string>();
    state.doc.forEach((child) => ids.add(String(child.attrs.id)));
    expect(ids.size).toBe(state.doc.childCount);
    expect(rejectAll(state.doc).doc.textContent).toBe(doc(np('a', 'Alpha')).textContent);
  });

  it('draws a change bar on a changed block, updates it as the document changes, and drops it on accept', () => {
    let state = run(cursor(full(doc(np('a', 'Alpha'), np('b', 'Beta'))), 'Alpha'), enter);
    expect(bars(state)).toEqual([['tc-block tc-block-insert', '']]);
    state = type(state, 'New');
    expect(bars(state)).toEqual([['tc-block tc-block-insert', 'New']]);
    state = run(state, acceptAllChanges());
    expect(bars(state)).toEqual([]);
    expect(listChanges(state.doc)).toEqual([]);
  });

  it('a new table row is an insertion that reject removes', () => {
    const start = full(
      doc(table('t', tr('r1', cell('c1', pp('p1', 'x')), cell('c2', pp('p2', 'y'))))),
    );
    const state = run(cursor(start, 'x'), addRowAfter);
    expect(listChanges(state.doc).map((c) => c.kind)).toEqual(['insert']);
    const rejected = run(state, rejectAllChanges());
    expect(rejected.doc.child(1).childCount).toBe(1);
    rejected.doc.check();
  });

  it('a new action record is an insertion; rejecting it and undoing the rejection round-trip', () => {
    const start = cursor(full(doc(np('a', 'Alpha'))), 'Alpha');
    const state = type(run(start, editorCommands.insertActionRecord.run), 'Fund it');
    expect(listChanges(state.doc).map((c) => [c.kind, c.excerpt])).toEqual([['insert', 'Fund it']]);
    const rejected = run(state, rejectAllChanges());
    expect(rejected.doc.childCount).toBe(2);
    expect(run(rejected, undo).doc.eq(state.doc)).toBe(true);
  });

  it('moves to the next and previous change, wrapping around', () => {
    let state = type(cursor(full(doc(np('a', 'One two three'))), 'One'), '!');
    state = type(cursor(state, 'three'), '?');
    state = cursor(state, 'One', 0);
    const first = run(state, goToChange(1));
    expect(first.doc.textBetween(first.selection.from, first.selection.to)).toBe('!');
    const second = run(first, goToChange(1));
    expect(second.doc.textBetween(second.selection.from, second.selection.to)).toBe('?');
    expect(run(second, goToChange(1)).selection.from).toBe(first.selection.from);
    expect(run(first, goToChange(-1)).selection.from).toBe(second.selection.from);
  });
});
