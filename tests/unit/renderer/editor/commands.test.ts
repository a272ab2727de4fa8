import { NodeSelection, TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS } from '../../../../shared/schema';
import { isSafeHref, setLinkCommand } from '../../../../renderer/editor/commands/marks';
import { editorCommands } from '../../../../renderer/editor/commands/registry';
import type { EditorCommand } from '../../../../renderer/editor/handle';
import { numberingLabels } from '../../../../renderer/editor/plugins/numbering';
import { action, cursorAt, doc, h, nodes, p, posOf, runCommand, stateOf } from './build';

const run = (state: EditorState, name: EditorCommand) =>
  runCommand(state, editorCommands[name].run);
const can = (state: EditorState, name: EditorCommand) => editorCommands[name].run(state);
const active = (state: EditorState, name: EditorCommand) => editorCommands[name].isActive(state);

function select(state: EditorState, text: string): EditorState {
  const from = posOf(state.doc, text);
  return state.apply(
    state.tr.setSelection(TextSelection.create(state.doc, from, from + text.length)),
  );
}

const base = () =>
  stateOf(doc(h(1, 'Title', 'h'), p('Some body text', 'a'), p('More', 'b'), action('Do it', 'r')));

describe('editor commands', () => {
  it('toggles bold, italic and underline on the selection', () => {
    for (const name of ['bold', 'italic', 'underline'] as const) {
      const state = select(base(), 'body');
      expect(active(state, name)).toBe(false);
      const on = run(state, name)!;
      expect(active(on, name)).toBe(true);
      expect(active(run(on, name)!, name)).toBe(false);
    }
  });

  it('makes superscript and subscript exclude each other', () => {
    const sup = run(select(base(), 'body'), 'superscript')!;
    const sub = run(sup, 'subscript')!;
    expect(active(sub, 'subscript')).toBe(true);
    expect(active(sub, 'superscript')).toBe(false);
  });

  it('turns body text into a heading of each level, keeping its id', () => {
    for (const level of [1, 2, 3, 4, 5] as const) {
      const name = `heading${level}` as const;
      const state = cursorAt(base(), 'Some');
      expect(active(state, name)).toBe(false);
      const next = run(state, name)!;
      expect(next.doc.child(2).type).toBe(nodes.heading);
      expect(next.doc.child(2).attrs).toMatchObject({ level, id: 'a' });
      expect(active(next, name)).toBe(true);
      expect(can(next, name)).toBe(false);
    }
  });

  it('turns a heading back into a numbered paragraph or a plain one', () => {
    const state = cursorAt(base(), 'Title');
    expect(active(state, 'numberedParagraph')).toBe(false);
    const numbered = run(state, 'numberedParagraph')!;
    expect(numbered.doc.child(1).attrs).toMatchObject({ id: 'h', level: 0 });
    expect(numberingLabels(numbered)[1]).toBe('1.');
    const plain = run(state, 'paragraph')!;
    expect(plain.doc.child(1).type).toBe(nodes.paragraph);
    expect(active(plain, 'paragraph')).toBe(true);
    expect(can(numbered, 'numberedParagraph')).toBe(false);
  });

  it('refuses headings inside an action record or the masthead', () => {
    expect(can(cursorAt(base(), 'Do it'), 'heading1')).toBe(false);
    const inMasthead = base();
    const masthead = inMasthead.apply(
      inMasthead.tr.setSelection(TextSelection.create(inMasthead.doc, 3)),
    );
    expect(can(masthead, 'heading2')).toBe(false);
    expect(can(masthead, 'insertFootnote')).toBe(false);
  });

  it('indents and outdents numbered paragraphs between levels 0 and 2', () => {
    let state = cursorAt(base(), 'More');
    expect(can(state, 'outdent')).toBe(false);
    state = run(state, 'indent')!;
    state = run(state, 'indent')!;
    expect(state.doc.child(3).attrs.level).toBe(2);
    expect(can(state, 'indent')).toBe(false);
    expect(numberingLabels(state)[3]).toBe('(i)');
    state = run(state, 'outdent')!;
    expect(state.doc.child(3).attrs.level).toBe(1);
  });

  it('wraps body text in a bullet list, switches it to numbered and lifts it out', () => {
    const state = cursorAt(base(), 'More');
    const bullets = run(state, 'bulletList')!;
    const list = bullets.doc.child(3);
    expect(list.type).toBe(nodes.bullet_list);
    expect(list.firstChild!.firstChild!.attrs.id).toBe('b');
    expect(active(bullets, 'bulletList')).toBe(true);
    const ordered = run(bullets, 'orderedList')!;
    expect(ordered.doc.child(3).type).toBe(nodes.ordered_list);
    expect(active(ordered, 'orderedList')).toBe(true);
    expect(active(ordered, 'bulletList')).toBe(false);
    const lifted = run(ordered, 'orderedList')!;
    expect(lifted.doc.child(3).type).toBe(nodes.paragraph);
    expect(lifted.doc.child(3).textContent).toBe('More');
  });

  it('indents a list item into a sublist and back', () => {
    const state = stateOf(
      doc(
        nodes.bullet_list.create(null, [
          nodes.list_item.create(
            null,
            nodes.paragraph.create(null, nodes.paragraph.schema.text('one')),
          ),
          nodes.list_item.create(
            null,
            nodes.paragraph.create(null, nodes.paragraph.schema.text('two')),
          ),
        ]),
      ),
    );
    const sunk = run(cursorAt(state, 'two'), 'indent')!;
    expect(sunk.doc.child(1).childCount).toBe(1);
    expect(sunk.doc.child(1).firstChild!.lastChild!.type).toBe(nodes.bullet_list);
    const lifted = run(sunk, 'outdent')!;
    expect(lifted.doc.child(1).childCount).toBe(2);
  });

  it('wraps text in a block quotation and lifts it out again', () => {
    const quoted = run(cursorAt(base(), 'More'), 'blockquote')!;
    expect(quoted.doc.child(3).type).toBe(nodes.blockquote);
    expect(active(quoted, 'blockquote')).toBe(true);
    const lifted = run(quoted, 'blockquote')!;
    expect(lifted.doc.child(3).type).toBe(nodes.paragraph);
  });

  it('inserts a 3x3 table with a header row after the current block', () => {
    const next = run(cursorAt(base(), 'More'), 'insertTable')!;
    const table = next.doc.child(4);
    expect(table.type).toBe(nodes.table);
    expect(table.childCount).toBe(3);
    table.forEach((row, _o, i) => {
      expect(row.childCount).toBe(3);
      expect(row.firstChild!.type).toBe(i === 0 ? nodes.table_header : nodes.table_cell);
    });
    expect(next.selection.$from.parent.type).toBe(nodes.paragraph);
    expect(next.selection.$from.node(-1).type).toBe(nodes.table_header);
    expect(typeof table.attrs.id).toBe('string');
  });

  it('inserts an action record with every field, each holding one empty paragraph', () => {
    const next = run(cursorAt(base(), 'More'), 'insertActionRecord')!;
    const record = next.doc.child(4);
    expect(record.type).toBe(nodes.action_record);
    const fields: string[] = [];
    record.forEach((field) => {
      fields.push(field.attrs.field as string);
      expect(field.childCount).toBe(1);
      expect(field.firstChild!.content.size).toBe(0);
    });
    expect(fields).toEqual(ACTION_FIELDS.map((f) => f.key));
    expect(next.selection.$from.node(-1).attrs.field).toBe('description');
  });

  it('inserts a footnote at the cursor and selects it', () => {
    const next = run(cursorAt(base(), 'Some'), 'insertFootnote')!;
    expect(next.selection).toBeInstanceOf(NodeSelection);
    expect((next.selection as NodeSelection).node.type).toBe(nodes.footnote);
    expect(next.doc.child(2).child(1).type).toBe(nodes.footnote);
  });

  it('links the selection only to https, http and mailto addresses', () => {
    expect(isSafeHref('https://un.org')).toBe(true);
    expect(isSafeHref('mailto:someone@un.org')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,hi')).toBe(false);
    expect(isSafeHref('/relative')).toBe(false);
    const state = select(base(), 'body');
    expect(runCommand(state, setLinkCommand('javascript:alert(1)'))).toBeNull();
    const linked = runCommand(state, setLinkCommand('https://un.org'))!;
    expect(active(linked, 'removeLink')).toBe(true);
    const inside = cursorAt(linked, 'bo');
    const relinked = runCommand(inside, setLinkCommand('http://example.org'))!;
    const mark = relinked.doc.nodeAt(posOf(relinked.doc, 'body'))!.marks[0]!;
    expect(mark.attrs.href).toBe('http://example.org');
    const unlinked = run(inside, 'removeLink')!;
    expect(active(unlinked, 'removeLink')).toBe(false);
    expect(can(unlinked, 'removeLink')).toBe(false);
  });

  it('inserts the address as linked text when nothing is selected', () => {
    const linked = runCommand(cursorAt(base(), 'More'), setLinkCommand('https://un.org'))!;
    expect(linked.doc.child(3).textContent).toBe('Morehttps://un.org');
  });

  it('undoes and redoes, and says when there is nothing to undo', () => {
    const state = select(base(), 'body');
    expect(can(state, 'undo')).toBe(false);
    const bold = run(state, 'bold')!;
    expect(can(bold, 'undo')).toBe(true);
    const undone = run(bold, 'undo')!;
    expect(active(select(undone, 'body'), 'bold')).toBe(false);
    expect(can(undone, 'redo')).toBe(true);
    expect(active(select(run(undone, 'redo')!, 'body'), 'bold')).toBe(true);
  });
});
