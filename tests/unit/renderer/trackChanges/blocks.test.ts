import type { Node } from 'prosemirror-model';
import { baseKeymap, joinBackward } from 'prosemirror-commands';
import { undo } from 'prosemirror-history';
import { NodeSelection, TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acceptAll,
  acceptChange,
  blockChangeOf,
  listChanges,
  rejectAll,
  rejectChange,
} from '../../../../shared/changes';
import { editorCommands } from '../../../../renderer/editor/commands/registry';
import { enter } from '../../../../renderer/editor/commands/enter';
import {
  acceptChangeById,
  rejectChangeById,
} from '../../../../renderer/editor/plugins/trackChanges';
import { change, changed, doc, hd, li, np, pp, record, ul } from '../../shared/changes/build';
import { cursor, edit, posOf, resetSession, run, runs, select, tracked, type } from './setup';

afterEach(resetSession);

const kinds = (d: Node) => listChanges(d).map((c) => [c.kind, c.excerpt]);

/** Body blocks as [type, text, change kind]. */
function blocks(d: Node): [string, string, string][] {
  const out: [string, string, string][] = [];
  d.forEach((child, _o, index) => {
    if (index > 0) out.push([child.type.name, child.textContent, blockChangeOf(child)?.kind ?? '']);
  });
  return out;
}

function onlyChange(state: EditorState): string {
  const [first, ...rest] = listChanges(state.doc);
  expect(rest).toEqual([]);
  return first!.id;
}

describe('paragraphs while tracking', () => {
  it('Enter marks the new paragraph inserted; reject joins it back, accept keeps it', () => {
    const start = tracked(doc(np('a', 'First half second half')));
    const state = run(cursor(start, 'First half'), enter);
    expect(blocks(state.doc)).toEqual([
      ['numbered_paragraph', 'First half', ''],
      ['numbered_paragraph', ' second half', 'insert'],
    ]);
    state.doc.check();
    const id = onlyChange(state);
    expect(blocks(run(state, rejectChangeById(id)).doc)).toEqual([
      ['numbered_paragraph', 'First half second half', ''],
    ]);
    expect(blocks(run(state, acceptChangeById(id)).doc)).toEqual([
      ['numbered_paragraph', 'First half', ''],
      ['numbered_paragraph', ' second half', ''],
    ]);
  });

  it('Enter then typing is one change; rejecting it leaves the document as it was', () => {
    const start = tracked(doc(np('a', 'Existing.')));
    const state = type(run(cursor(start, 'Existing.'), enter), 'A new paragraph.');
    expect(kinds(state.doc)).toEqual([['insert', 'A new paragraph.']]);
    expect(rejectAll(state.doc).doc.eq(start.doc)).toBe(true);
  });

  it('Enter then Backspace takes the author’s own new paragraph back for real', () => {
    const start = tracked(doc(np('a', 'One two')));
    const split = run(cursor(start, 'One'), enter);
    const joined = run(split, joinBackward);
    expect(joined.doc.eq(start.doc)).toBe(true);
    expect(listChanges(joined.doc)).toEqual([]);
  });

  it('Backspace at the start of a paragraph marks the paragraph break deleted', () => {
    const start = tracked(doc(np('a', 'Alpha'), np('b', 'Beta')));
    const state = run(cursor(start, 'Beta', 0), joinBackward);
    expect(blocks(state.doc)).toEqual([
      ['numbered_paragraph', 'Alpha', ''],
      ['numbered_paragraph', 'Beta', 'delete'],
    ]);
    expect(state.selection.from).toBe(posOf(state.doc, 'Alpha', 5));
    expect(kinds(state.doc)).toEqual([['delete', '¶']]);
    expect(blocks(acceptAll(state.doc).doc)).toEqual([['numbered_paragraph', 'AlphaBeta', '']]);
    expect(rejectAll(state.doc).doc.eq(start.doc)).toBe(true);
  });

  it('deleting across paragraphs keeps both, marked; accept joins them', () => {
    const start = tracked(doc(np('a', 'Alpha tail'), np('b', 'head Beta'), np('c', 'Gamma')));
    const from = posOf(start.doc, ' tail');
    const to = posOf(start.doc, 'head', 4);
    const state = edit(start, (tr) => tr.delete(from, to));
    state.doc.check();
    expect(runs(state.doc)).toEqual(['Alpha', '- tail', '¶', '-head', ' Beta', '¶', 'Gamma']);
    expect(kinds(state.doc)).toEqual([['delete', 'tail head']]);
    expect(blocks(acceptAll(state.doc).doc).map((b) => b[1])).toEqual(['Alpha Beta', 'Gamma']);
    expect(rejectAll(state.doc).doc.eq(start.doc)).toBe(true);
  });

  it('deleting whole paragraphs marks them deleted instead of removing them', () => {
    const start = tracked(
      doc(np('a', 'Keep'), np('b', 'Drop me'), np('c', 'Drop too'), np('d', 'Keep too')),
    );
    const from = start.doc.resolve(posOf(start.doc, 'Drop me')).before();
    const to = start.doc.resolve(posOf(start.doc, 'Drop too')).after();
    const state = edit(start, (tr) =>
      tr.setSelection(TextSelection.create(tr.doc, from + 1, to - 1)).deleteSelection(),
    );
    state.doc.check();
    expect(blocks(state.doc).map((b) => b[2])).toEqual(['', '', 'delete', '']);
    // The first paragraph's mark was not selected: Word leaves it, empty.
    expect(blocks(acceptAll(state.doc).doc).map((b) => b[1])).toEqual(['Keep', '', 'Keep too']);
    expect(rejectAll(state.doc).doc.eq(start.doc)).toBe(true);
    // From the end of the paragraph before, both paragraph marks are selected: both go.
    const marks = edit(start, (tr) =>
      tr.setSelection(TextSelection.create(tr.doc, from - 1, to - 1)).deleteSelection(),
    );
    expect(blocks(marks.doc).map((b) => b[2])).toEqual(['', 'delete', 'delete', '']);
    expect(blocks(acceptAll(marks.doc).doc).map((b) => b[1])).toEqual(['Keep', 'Keep too']);
    expect(rejectAll(marks.doc).doc.eq(start.doc)).toBe(true);
  });

  it('two Enters in a row: reject joins the paragraph back, accept keeps three blocks', () => {
    const start = tracked(doc(np('a', 'Delta epsilon.')));
    const once = run(cursor(start, 'Delta epsilo'), enter);
    const twice = run(cursor(once, 'n.', 0), enter);
    twice.doc.check();
    expect(blocks(twice.doc)).toEqual([
      ['numbered_paragraph', 'Delta epsilo', ''],
      ['numbered_paragraph', '', 'insert'],
      ['numbered_paragraph', 'n.', 'insert'],
    ]);
    const rejected = rejectAll(twice.doc).doc;
    rejected.check();
    expect(rejected.eq(start.doc)).toBe(true);
    const accepted = acceptAll(twice.doc).doc;
    accepted.check();
    expect(blocks(accepted)).toEqual([
      ['numbered_paragraph', 'Delta epsilo', ''],
      ['numbered_paragraph', '', ''],
      ['numbered_paragraph', 'n.', ''],
    ]);
  });

  it('Backspace over a paragraph’s whole text marks it deleted in place; accept empties it', () => {
    const start = tracked(doc(np('a', 'Alpha'), np('b', 'Beta gamma'), np('c', 'Delta')));
    const state = run(select(start, 'Beta gamma'), baseKeymap.Backspace!);
    state.doc.check();
    expect(runs(state.doc)).toEqual(['Alpha', '¶', '-Beta gamma', '¶', 'Delta']);
    expect(blocks(state.doc).map((b) => b[2])).toEqual(['', '', '']);
    expect(kinds(state.doc)).toEqual([['delete', 'Beta gamma']]);
    const accepted = acceptAll(state.doc).doc;
    accepted.check();
    expect(blocks(accepted)).toEqual([
      ['numbered_paragraph', 'Alpha', ''],
      ['numbered_paragraph', '', ''],
      ['numbered_paragraph', 'Delta', ''],
    ]);
    expect(rejectAll(state.doc).doc.eq(start.doc)).toBe(true);
  });

  it('pasting while tracking is an insertion, new paragraphs included', () => {
    const start = tracked(doc(np('a', 'Before after')));
    const source = doc(np('x', 'one'), np('y', 'two'));
    const slice = source.slice(posOf(source, 'one'), posOf(source, 'two', 3));
    const state = edit(cursor(start, 'Before '), (tr) => tr.replaceSelection(slice));
    state.doc.check();
    expect(kinds(state.doc)).toEqual([['insert', 'one two']]);
    expect(rejectAll(state.doc).doc.eq(start.doc)).toBe(true);
  });
});

describe('structures while tracking', () => {
  it('deleting a whole action record marks it deleted; accept removes it, reject restores it', () => {
    const start = tracked(doc(np('a', 'Before'), record('r', 'Map the sector'), np('b', 'After')));
    const pos = start.doc.child(0).nodeSize + start.doc.child(1).nodeSize;
    const state = edit(start, (tr) =>
      tr.setSelection(NodeSelection.create(tr.doc, pos)).deleteSelection(),
    );
    expect(blocks(state.doc)[1]).toEqual(['action_record', 'Map the sector', 'delete']);
    const id = onlyChange(state);
    expect(blocks(acceptChange(state.doc, id).doc).map((b) => b[0])).toEqual([
      'numbered_paragraph',
      'numbered_paragraph',
    ]);
    expect(rejectChange(state.doc, id).doc.eq(start.doc)).toBe(true);
  });

  it('edits inside action-record fields are tracked like text', () => {
    const start = tracked(doc(record('r', 'Map the sector')));
    let state = type(cursor(start, 'Map'), ' and fund');
    state = edit(select(state, 'sector'), (tr) => tr.deleteSelection());
    expect(runs(state.doc).slice(0, 4)).toEqual(['Map', '+ and fund', ' the ', '-sector']);
    expect(kinds(state.doc).map((k) => k[0])).toEqual(['insert', 'delete']);
  });

  it('Enter in a list item marks the new item inserted; reject joins it back', () => {
    const start = tracked(doc(ul('l', li('i1', pp('p1', 'First item')))));
    const state = type(run(cursor(start, 'First item'), enter), 'Second');
    state.doc.check();
    expect(kinds(state.doc)).toEqual([['insert', 'Second']]);
    expect(rejectAll(state.doc).doc.eq(start.doc)).toBe(true);
    const accepted = acceptAll(state.doc).doc;
    expect(accepted.child(1).childCount).toBe(2);
  });

  it('a heading level change is recorded with the old level and rejected back', () => {
    const start = tracked(doc(hd('h', 2, 'Action areas'), np('a', 'Text')));
    const state = run(cursor(start, 'Action'), editorCommands.heading3.run);
    expect(listChanges(state.doc).map((c) => [c.kind, c.detail])).toEqual([
      ['format', 'Heading 2 → Heading 3'],
    ]);
    const rejected = run(state, rejectChangeById(onlyChange(state)));
    expect(rejected.doc.eq(start.doc)).toBe(true);
    const accepted = acceptAll(state.doc).doc;
    expect(accepted.child(1).attrs.level).toBe(3);
    expect(accepted.child(1).attrs.change).toBe(null);
  });

  it('a paragraph made a heading, and a paragraph level change, are restored on reject', () => {
    const start = tracked(doc(np('a', 'Becomes a heading'), np('b', 'Goes down a level')));
    let state = run(cursor(start, 'Becomes'), editorCommands.heading1.run);
    state = run(cursor(state, 'Goes'), editorCommands.indent.run);
    expect(listChanges(state.doc).map((c) => c.detail)).toEqual([
      'Numbered paragraph, level 1 → Heading 1',
      'Numbered paragraph, level 1 → Numbered paragraph, level 2',
    ]);
    expect(rejectAll(state.doc).doc.eq(start.doc)).toBe(true);
  });

  it('changing a block back to what it was drops the record', () => {
    const start = tracked(doc(hd('h', 2, 'Title')));
    let state = run(cursor(start, 'Title'), editorCommands.heading3.run);
    state = run(state, editorCommands.heading2.run);
    expect(listChanges(state.doc)).toEqual([]);
  });

  it('bold is shown as a format change and rejecting it restores the formatting', () => {
    const start = tracked(doc(np('a', 'Make this bold')));
    const state = run(select(start, 'this'), editorCommands.bold.run);
    expect(listChanges(state.doc).map((c) => [c.kind, c.detail])).toEqual([
      ['format', 'Formatting'],
    ]);
    const rejected = run(state, rejectChangeById(onlyChange(state)));
    expect(rejected.doc.eq(start.doc)).toBe(true);
  });

  it('wrapping paragraphs in a list is recorded and rejected by unwrapping', () => {
    const start = tracked(doc(pp('a', 'One'), pp('b', 'Two')));
    const state = run(cursor(start, 'One'), editorCommands.bulletList.run);
    expect(state.doc.child(1).type.name).toBe('bullet_list');
    expect(kinds(state.doc).map((k) => k[0])).toEqual(['format']);
    expect(rejectAll(state.doc).doc.eq(start.doc)).toBe(true);
  });
});

describe('undo', () => {
  it('undo after accept brings the change back', () => {
    const start = tracked(doc(np('a', 'Alpha')));
    const typed = type(cursor(start, 'Alpha'), ' beta');
    const accepted = run(typed, acceptChangeById(onlyChange(typed)));
    expect(listChanges(accepted.doc)).toEqual([]);
    const undone = run(accepted, undo);
    expect(undone.doc.eq(typed.doc)).toBe(true);
    expect(run(undone, undo).doc.eq(start.doc)).toBe(true);
  });

  it('undo after Enter and after a block deletion restores the document', () => {
    const start = tracked(doc(np('a', 'Alpha'), np('b', 'Beta')));
    const split = run(cursor(start, 'Al'), enter);
    expect(run(split, undo).doc.eq(start.doc)).toBe(true);
    const joined = run(cursor(start, 'Beta', 0), joinBackward);
    expect(run(joined, undo).doc.eq(start.doc)).toBe(true);
  });
});

describe('with suggestion mode off', () => {
  it('a split does not copy the block’s change record into the new block', () => {
    const start = tracked(
      doc(changed(np('a', 'Inserted paragraph'), change('delete', 'x'))),
      false,
    );
    const state = run(cursor(start, 'Inserted'), enter);
    expect(blocks(state.doc).map((b) => b[2])).toEqual(['delete', '']);
  });
});
