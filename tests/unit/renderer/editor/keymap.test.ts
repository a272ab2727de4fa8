// @vitest-environment happy-dom
import { TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { newTable } from '../../../../renderer/editor/commands/insert';
import { action, cursorAt, doc, h, nodes, p, posOf, stateOf, topIds } from './build';

let view: EditorView | null = null;
afterEach(() => view?.destroy());

function open(state: EditorState): EditorView {
  view = new EditorView(document.createElement('div'), { state });
  return view;
}

interface Mods {
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
  keyCode?: number;
}

function press(v: EditorView, key: string, mods: Mods = {}): boolean {
  const event = new KeyboardEvent('keydown', {
    key,
    ctrlKey: !!mods.ctrl,
    shiftKey: !!mods.shift,
    altKey: !!mods.alt,
    keyCode: mods.keyCode ?? 0,
    cancelable: true,
  });
  return v.someProp('handleKeyDown', (f) => f(v, event)) ?? false;
}

function selectText(v: EditorView, text: string) {
  const from = posOf(v.state.doc, text);
  v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, from, from + text.length)));
}

const markNames = (v: EditorView, text: string) =>
  v.state.doc.nodeAt(posOf(v.state.doc, text))!.marks.map((m) => m.type.name);

const sample = () =>
  stateOf(doc(h(1, 'Intro', 'i'), p('Body text', 'a'), h(1, 'Next', 'n'), p('More', 'b')));

describe('keyboard shortcuts', () => {
  it('applies bold, italic, underline, subscript and superscript like Word', () => {
    const v = open(sample());
    selectText(v, 'Body');
    press(v, 'b', { ctrl: true });
    press(v, 'i', { ctrl: true });
    press(v, 'u', { ctrl: true });
    expect(markNames(v, 'Body')).toEqual(['strong', 'em', 'underline']);
    selectText(v, 'text');
    press(v, '=', { ctrl: true });
    expect(markNames(v, 'text')).toEqual(['subscript']);
    press(v, '+', { ctrl: true, shift: true, keyCode: 187 });
    expect(markNames(v, 'text')).toEqual(['superscript']);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Y or Ctrl+Shift+Z', () => {
    const v = open(sample());
    selectText(v, 'Body');
    press(v, 'b', { ctrl: true });
    press(v, 'z', { ctrl: true });
    expect(markNames(v, 'Body')).toEqual([]);
    press(v, 'y', { ctrl: true });
    expect(markNames(v, 'Body')).toEqual(['strong']);
    press(v, 'z', { ctrl: true });
    press(v, 'Z', { ctrl: true, shift: true, keyCode: 90 });
    expect(markNames(v, 'Body')).toEqual(['strong']);
  });

  it('sets headings with Ctrl+Alt+1..5 and body text with Ctrl+Alt+0 or Ctrl+Shift+N', () => {
    const v = open(cursorAt(sample(), 'Body'));
    press(v, '3', { ctrl: true, alt: true });
    expect(v.state.doc.child(2).attrs).toMatchObject({ level: 3, id: 'a' });
    press(v, '0', { ctrl: true, alt: true });
    expect(v.state.doc.child(2).type).toBe(nodes.numbered_paragraph);
    press(v, '5', { ctrl: true, alt: true });
    press(v, 'N', { ctrl: true, shift: true, keyCode: 78 });
    expect(v.state.doc.child(2).type).toBe(nodes.numbered_paragraph);
  });

  it('makes a bullet list with Ctrl+Shift+L', () => {
    const v = open(cursorAt(sample(), 'More'));
    press(v, 'L', { ctrl: true, shift: true, keyCode: 76 });
    expect(v.state.doc.child(4).type).toBe(nodes.bullet_list);
  });

  it('changes a numbered paragraph level with Tab and Shift+Tab, and keeps Tab in the editor', () => {
    const v = open(cursorAt(sample(), 'More'));
    expect(press(v, 'Tab')).toBe(true);
    expect(press(v, 'Tab')).toBe(true);
    expect(press(v, 'Tab')).toBe(true);
    expect(v.state.doc.child(4).attrs.level).toBe(2);
    press(v, 'Tab', { shift: true });
    expect(v.state.doc.child(4).attrs.level).toBe(1);
  });

  it('moves between table cells with Tab', () => {
    const v = open(stateOf(doc(p('x'), newTable())));
    const start = v.state.doc.child(0).nodeSize + v.state.doc.child(1).nodeSize;
    v.dispatch(v.state.tr.setSelection(TextSelection.near(v.state.doc.resolve(start + 1))));
    const firstCell = v.state.selection.$from.before(-1);
    press(v, 'Tab');
    expect(v.state.selection.$from.before(-1)).toBeGreaterThan(firstCell);
    press(v, 'Tab', { shift: true });
    expect(v.state.selection.$from.before(-1)).toBe(firstCell);
  });

  it('starts a numbered paragraph after Enter at the end of a heading', () => {
    const v = open(cursorAt(sample(), 'Intro'));
    press(v, 'Enter');
    expect(v.state.doc.child(2).type).toBe(nodes.numbered_paragraph);
    expect(v.state.doc.child(2).content.size).toBe(0);
    expect(v.state.selection.$from.parent).toBe(v.state.doc.child(2));
  });

  it('keeps the paragraph level when Enter splits body text, and outdents an empty subparagraph', () => {
    const v = open(stateOf(doc(p('Sub', 'a', 1))));
    v.dispatch(
      v.state.tr.setSelection(TextSelection.create(v.state.doc, posOf(v.state.doc, 'Sub', 3))),
    );
    press(v, 'Enter');
    expect(v.state.doc.child(2).attrs.level).toBe(1);
    press(v, 'Enter');
    expect(v.state.doc.child(2).attrs.level).toBe(0);
    expect(v.state.doc.childCount).toBe(3);
  });

  it('moves to the next masthead field on Enter instead of splitting the field', () => {
    const v = open(sample());
    v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, 2)));
    press(v, 'Enter');
    expect(v.state.doc.child(0).childCount).toBe(8);
    expect(v.state.selection.$from.parent.attrs.field).toBe('symbol');
  });

  it('moves the section at the cursor with Alt+Shift+Up and Down', () => {
    const v = open(cursorAt(sample(), 'Next'));
    press(v, 'ArrowUp', { alt: true, shift: true });
    expect(topIds(v.state.doc).slice(1)).toEqual(['n', 'b', 'i', 'a']);
    expect(v.state.selection.$from.parent.textContent).toBe('Next');
    press(v, 'ArrowDown', { alt: true, shift: true });
    expect(topIds(v.state.doc).slice(1)).toEqual(['i', 'a', 'n', 'b']);
    press(v, 'z', { ctrl: true });
    expect(topIds(v.state.doc).slice(1)).toEqual(['n', 'b', 'i', 'a']);
  });

  it('inserts a footnote with Ctrl+Alt+F', () => {
    const v = open(cursorAt(sample(), 'Body'));
    press(v, 'f', { ctrl: true, alt: true });
    expect(v.state.doc.child(2).child(1).type).toBe(nodes.footnote);
  });

  it('gives Ctrl+Enter no special meaning', () => {
    const v = open(cursorAt(stateOf(doc(action('Do'), p('x'))), 'Do'));
    const before = v.state.doc;
    expect(press(v, 'Enter', { ctrl: true })).toBe(false);
    expect(v.state.doc).toBe(before);
  });
});
