// @vitest-environment happy-dom
import { GapCursor } from 'prosemirror-gapcursor';
import { undoInputRule } from 'prosemirror-inputrules';
import { TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { newTable } from '../../../../renderer/editor/commands/insert';
import { cursorAt, doc, nodes, p, stateOf } from './build';

let view: EditorView | null = null;
afterEach(() => view?.destroy());

function open(state: EditorState): EditorView {
  view = new EditorView(document.createElement('div'), { state });
  return view;
}

/** Types text one character at a time, as the browser would, through the text input props. */
function type(v: EditorView, text: string) {
  for (const ch of text) {
    const { from, to } = v.state.selection;
    const deflt = () => v.state.tr.insertText(ch, from, to);
    if (!v.someProp('handleTextInput', (f) => f(v, from, to, ch, deflt))) v.dispatch(deflt());
  }
}

/** A view with the cursor in an empty numbered paragraph after "Intro". */
function atEmpty(): EditorView {
  const v = open(stateOf(doc(p('Intro', 'i'), p('', 'e'))));
  const start = v.state.doc.child(0).nodeSize + v.state.doc.child(1).nodeSize + 1;
  v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, start)));
  return v;
}

describe('input rules', () => {
  it('turns "* " and "- " at the start of body text into a bullet list', () => {
    for (const marker of ['* ', '- ']) {
      const v = atEmpty();
      type(v, `${marker}item`);
      const list = v.state.doc.child(2);
      expect(list.type).toBe(nodes.bullet_list);
      expect(list.textContent).toBe('item');
      expect(list.firstChild!.firstChild!.attrs.id).toBe('e');
      v.destroy();
    }
  });

  it('turns "1. " into an ordered list starting at that number', () => {
    const v = atEmpty();
    type(v, '3. third');
    const list = v.state.doc.child(2);
    expect(list.type).toBe(nodes.ordered_list);
    expect(list.attrs.order).toBe(3);
    expect(list.textContent).toBe('third');
  });

  it('turns "> " into a block quotation', () => {
    const v = atEmpty();
    type(v, '> quoted');
    expect(v.state.doc.child(2).type).toBe(nodes.blockquote);
    expect(v.state.doc.child(2).textContent).toBe('quoted');
  });

  it('does not start a list in the middle of text', () => {
    const v = open(cursorAt(stateOf(doc(p('Intro', 'i'))), 'Intro'));
    type(v, ' * not a list');
    expect(v.state.doc.child(1).type).toBe(nodes.numbered_paragraph);
  });

  it('curls straight quotes', () => {
    const v = atEmpty();
    type(v, '"Plan" and \'draft\'');
    expect(v.state.doc.child(2).textContent).toBe('“Plan” and ‘draft’');
  });

  it('lets Backspace undo a rule that just fired', () => {
    const v = atEmpty();
    type(v, '* ');
    expect(v.state.doc.child(2).type).toBe(nodes.bullet_list);
    undoInputRule(v.state, (tr) => v.dispatch(tr));
    expect(v.state.doc.child(2).type).toBe(nodes.numbered_paragraph);
    expect(v.state.doc.child(2).textContent).toBe('* ');
  });

  it('starts a numbered paragraph when typing at a gap cursor', () => {
    const v = open(stateOf(doc(newTable(), newTable())));
    const between = v.state.doc.child(0).nodeSize + v.state.doc.child(1).nodeSize;
    v.dispatch(v.state.tr.setSelection(new GapCursor(v.state.doc.resolve(between))));
    type(v, 'Hi');
    expect(v.state.doc.child(2).type).toBe(nodes.numbered_paragraph);
    expect(v.state.doc.child(2).textContent).toBe('Hi');
  });
});
