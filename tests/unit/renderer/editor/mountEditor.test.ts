// @vitest-environment happy-dom
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorChange, EditorHandle } from '../../../../renderer/editor/handle';
import { mountEditor } from '../../../../renderer/editor/mountEditor';
import { doc, h, p, posOf, topIds } from './build';

let handle: EditorHandle | null = null;
afterEach(() => {
  handle?.destroy();
  handle = null;
  document.body.innerHTML = '';
});

function mount(document_: Node = plan(), editable = true): EditorHandle {
  const place = document.createElement('div');
  document.body.append(place);
  handle = mountEditor(place, { doc: document_, editable });
  return handle;
}

const plan = () =>
  doc(
    h(1, 'Introduction', 'i'),
    p('one two three', 'a'),
    h(2, 'Policy', 'pol'),
    p('four five', 'b'),
    h(1, 'Purpose', 'pur'),
    p('six', 'c'),
  );

function cursor(editor: EditorHandle, text: string, offset = 0) {
  const { view } = editor;
  view.dispatch(
    view.state.tr.setSelection(
      TextSelection.create(view.state.doc, posOf(view.state.doc, text, offset)),
    ),
  );
}

describe('mountEditor', () => {
  it('renders the document in the place with the editor class', () => {
    const editor = mount();
    const place = editor.view.dom.parentElement!;
    expect(place.classList.contains('accord-editor')).toBe(true);
    expect(editor.view.dom.getAttribute('aria-label')).toBe('Document');
    expect(editor.view.dom.querySelector('h1')!.getAttribute('data-label')).toBe('I.');
    editor.destroy();
    handle = null;
    expect(place.querySelector('.ProseMirror')).toBeNull();
  });

  it('tells subscribers what each transaction changed', () => {
    const editor = mount();
    const changes: EditorChange[] = [];
    const stop = editor.subscribe((change) => changes.push(change));
    const { view } = editor;
    view.dispatch(view.state.tr.insertText('x', posOf(view.state.doc, 'four')));
    view.dispatch(view.state.tr.insertText('y', posOf(view.state.doc, 'Policy')));
    cursor(editor, 'six');
    view.dispatch(view.state.tr.split(posOf(view.state.doc, 'six', 1)));
    expect(changes).toEqual([
      { docChanged: true, outlineChanged: false },
      { docChanged: true, outlineChanged: true },
      { docChanged: false, outlineChanged: false },
      { docChanged: true, outlineChanged: true },
    ]);
    stop();
    view.dispatch(view.state.tr.insertText('z', 1));
    expect(changes).toHaveLength(4);
  });

  it('lists the outline and counts words in the document and the current section', () => {
    const editor = mount();
    expect(editor.outline()).toEqual([
      { id: 'i', level: 1, label: 'I.', title: 'Introduction', words: 7 },
      { id: 'pol', level: 2, label: 'A.', title: 'Policy', words: 3 },
      { id: 'pur', level: 1, label: 'II.', title: 'Purpose', words: 2 },
    ]);
    cursor(editor, 'four');
    expect(editor.wordCounts()).toEqual({ total: 9, section: 3, sectionLabel: 'A.' });
  });

  it('runs commands, and says which can run and which are active', () => {
    const editor = mount();
    cursor(editor, 'four');
    expect(editor.isActive('numberedParagraph')).toBe(true);
    expect(editor.canRun('heading2')).toBe(true);
    expect(editor.run('heading2')).toBe(true);
    expect(editor.isActive('heading2')).toBe(true);
    expect(editor.outline().map((e) => e.label)).toEqual(['I.', 'A.', 'B.', 'II.']);
    expect(editor.canRun('undo')).toBe(true);
    expect(editor.run('undo')).toBe(true);
    expect(editor.isActive('heading2')).toBe(false);
  });

  it('refuses every edit while read-only, and accepts them again when editable', () => {
    const editor = mount(plan(), false);
    cursor(editor, 'four');
    expect(editor.view.editable).toBe(false);
    expect(editor.canRun('heading1')).toBe(false);
    expect(editor.run('heading1')).toBe(false);
    expect(editor.setLink('https://un.org')).toBe(false);
    expect(editor.moveSection('pur', 'up')).toBe(false);
    editor.setEditable(true);
    expect(editor.view.editable).toBe(true);
    expect(editor.run('heading1')).toBe(true);
  });

  it('moves sections up, down and before another heading as single undoable steps', () => {
    const editor = mount();
    expect(editor.moveSection('pur', 'up')).toBe(true);
    expect(topIds(editor.getDoc()).slice(1)).toEqual(['pur', 'c', 'i', 'a', 'pol', 'b']);
    expect(editor.outline().map((e) => e.label)).toEqual(['I.', 'II.', 'A.']);
    expect(editor.moveSection('pur', 'up')).toBe(false);
    expect(editor.moveSectionBefore('pol', 'pur')).toBe(true);
    expect(topIds(editor.getDoc()).slice(1)).toEqual(['pol', 'b', 'pur', 'c', 'i', 'a']);
    editor.run('undo');
    expect(topIds(editor.getDoc()).slice(1)).toEqual(['pur', 'c', 'i', 'a', 'pol', 'b']);
    editor.run('undo');
    expect(topIds(editor.getDoc()).slice(1)).toEqual(['i', 'a', 'pol', 'b', 'pur', 'c']);
  });

  it('replaces the document and forgets the undo history', () => {
    const editor = mount();
    const changes: EditorChange[] = [];
    editor.subscribe((change) => changes.push(change));
    editor.run('insertTable');
    expect(editor.canRun('undo')).toBe(true);
    editor.setDoc(doc(h(1, 'Other', 'o')));
    expect(editor.getDoc().child(1).textContent).toBe('Other');
    expect(editor.canRun('undo')).toBe(false);
    expect(changes.at(-1)).toEqual({ docChanged: true, outlineChanged: true });
    expect(editor.outline()).toEqual([
      { id: 'o', level: 1, label: 'I.', title: 'Other', words: 1 },
    ]);
  });

  it('jumps to a block: scrolls it to the centre and puts the cursor at its start', () => {
    const editor = mount();
    const scroll = vi.fn();
    HTMLElement.prototype.scrollIntoView = scroll;
    editor.jumpTo('pur');
    const { $from } = editor.view.state.selection;
    expect($from.parent.attrs.id).toBe('pur');
    expect($from.parentOffset).toBe(0);
    expect(scroll).toHaveBeenCalledWith({ block: 'center' });
    expect(scroll.mock.contexts[0]).toBe(editor.view.nodeDOM($from.before()));
    editor.jumpTo('missing');
    expect(scroll).toHaveBeenCalledTimes(1);
  });
});
