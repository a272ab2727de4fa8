// @vitest-environment happy-dom
import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import { afterEach, describe, expect, it } from 'vitest';
import { listChanges } from '../../../../shared/changes';
import type { Person } from '../../../../shared/document/fileSchema';
import { enter } from '../../../../renderer/editor/commands/enter';
import type { EditorHandle } from '../../../../renderer/editor/handle';
import { editorBindings } from '../../../../renderer/editor/keymap';
import type { MountOptions } from '../../../../renderer/editor/mountEditor';
import { TRACK_CHANGES_KEY } from '../../../../renderer/editor/plugins/trackChanges';
import { createEditorState } from '../../../../renderer/editor/setup';
import { change, changed, doc, nodes, np } from '../../shared/changes/build';
import { schema } from '../../../../shared/schema';
import { mountInPage, unmountAll } from './mount';
import { runs } from './setup';

const ANA: Person = { name: 'Ana', initials: 'AN', organization: 'ILO' };
const BEN: Person = { name: 'Ben', initials: 'BE', organization: 'OECD' };

afterEach(unmountAll);

const mount = (options: Partial<MountOptions> = {}) => mountInPage(doc(np('a', 'Alpha')), options);

/** Types at the end of the first paragraph, as the view does for each key. */
function typeAtEnd(editor: EditorHandle, text: string): void {
  const { view } = editor;
  let end = 0;
  view.state.doc.descendants((node, pos) => {
    if (end === 0 && node.type.name === 'numbered_paragraph') end = pos + node.nodeSize - 1;
    return end === 0;
  });
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, end)));
  for (const char of text) view.dispatch(view.state.tr.insertText(char));
}

function pressModShiftE(editor: EditorHandle): void {
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: 'E',
      code: 'KeyE',
      keyCode: 69,
      ctrlKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    }),
  );
}

const authors = (document_: Node) => listChanges(document_).map((c) => c.author);

describe('suggestion mode in the mounted editor', () => {
  it('starts off; turned on, typing is an insertion and the editor carries tc-tracking', () => {
    const editor = mount({ getAuthor: () => ANA });
    expect(editor.isTrackingChanges()).toBe(false);
    expect(editor.view.dom.classList.contains('tc-tracking')).toBe(false);
    expect(editor.setTrackChanges(true)).toBe(true);
    expect(editor.isTrackingChanges()).toBe(true);
    expect(editor.view.dom.classList.contains('tc-tracking')).toBe(true);
    typeAtEnd(editor, ' one');
    expect(runs(editor.getDoc())).toEqual(['Alpha', '+ one']);
    expect(editor.setTrackChanges(false)).toBe(true);
    typeAtEnd(editor, '!');
    expect(runs(editor.getDoc())).toEqual(['Alpha', '+ one', '!']);
  });

  it('signs each edit with whoever the settings name at that moment', () => {
    let who: Person | null = ANA;
    const editor = mount({ getAuthor: () => who, trackChanges: 'on' });
    typeAtEnd(editor, ' one');
    who = BEN;
    editor.view.dispatch(editor.view.state.tr.insertText(' x', 1));
    who = null;
    editor.view.dispatch(editor.view.state.tr.insertText('y', 1));
    expect(authors(editor.getDoc()).sort()).toEqual(['Ana', 'Ben', 'Unknown author']);
  });

  it('turns on and off with Ctrl+Shift+E, the binding merged into the editor keymap', () => {
    expect(editorBindings()[TRACK_CHANGES_KEY]).toBeTypeOf('function');
    const editor = mount();
    pressModShiftE(editor);
    expect(editor.isTrackingChanges()).toBe(true);
    pressModShiftE(editor);
    expect(editor.isTrackingChanges()).toBe(false);
  });

  it('refuses to switch in a read-only editor', () => {
    const editor = mount({ editable: false });
    expect(editor.setTrackChanges(true)).toBe(false);
    expect(editor.isTrackingChanges()).toBe(false);
  });

  it('keeps the mode through setDoc (a restored version), which itself is no suggestion', () => {
    const editor = mount({ getAuthor: () => ANA });
    editor.setTrackChanges(true);
    editor.setDoc(doc(np('r', 'Restored'), np('b', 'Two')));
    expect(editor.isTrackingChanges()).toBe(true);
    expect(listChanges(editor.getDoc())).toEqual([]);
    typeAtEnd(editor, '!');
    expect(runs(editor.getDoc())).toEqual(['Restored', '+!', '¶', 'Two']);
  });

  it('gives missing ids on load without making them suggestions, mode on from the start', () => {
    const noId = nodes.numbered_paragraph.create(null, schema.text('No id yet'));
    const state = createEditorState(doc(noId), {
      trackChanges: 'on',
    });
    let id: unknown = null;
    state.doc.forEach((child) => {
      if (child.type.name === 'numbered_paragraph') id = child.attrs.id;
    });
    expect(id).toBeTypeOf('string');
    expect(listChanges(state.doc)).toEqual([]);
  });
});

describe('a review copy: suggestion mode locked on', () => {
  it('starts on and refuses to be turned off, by the handle or by Ctrl+Shift+E', () => {
    const editor = mount({ trackChanges: 'locked' });
    expect(editor.isTrackingChanges()).toBe(true);
    expect(editor.isTrackChangesLocked()).toBe(true);
    expect(editor.setTrackChanges(false)).toBe(false);
    pressModShiftE(editor);
    expect(editor.isTrackingChanges()).toBe(true);
    expect(editor.setTrackChanges(true)).toBe(true);
  });

  it('stays locked through setDoc', () => {
    const editor = mount({ trackChanges: 'locked' });
    editor.setDoc(doc(np('b', 'Other')));
    expect(editor.isTrackChangesLocked()).toBe(true);
    expect(editor.isTrackingChanges()).toBe(true);
  });

  it('locks an open editor on, and unlocking leaves it on until turned off', () => {
    const editor = mount();
    const heard: boolean[] = [];
    editor.subscribe((c) => heard.push(c.docChanged));
    editor.lockTrackChanges(true);
    expect(editor.isTrackingChanges()).toBe(true);
    expect(editor.setTrackChanges(false)).toBe(false);
    editor.lockTrackChanges(true);
    expect(heard).toEqual([false]);
    editor.lockTrackChanges(false);
    expect(editor.isTrackChangesLocked()).toBe(false);
    expect(editor.isTrackingChanges()).toBe(true);
    expect(editor.setTrackChanges(false)).toBe(true);
    expect(editor.isTrackingChanges()).toBe(false);
  });
});

describe('Enter in a changed block', () => {
  it('does not copy the block change to the new half', () => {
    const start = doc(changed(np('a', 'Inserted'), change('insert', 'c1', 'Ben')));
    let state = EditorState.create({ doc: start });
    let end = 0;
    state.doc.forEach((child, offset) => {
      if (child.type.name === 'numbered_paragraph') end = offset + child.nodeSize - 1;
    });
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
    enter(state, (tr) => (state = state.apply(tr)));
    const changes: unknown[] = [];
    state.doc.forEach((child) => {
      if (child.type.name === 'numbered_paragraph') changes.push(child.attrs.change);
    });
    expect(changes).toHaveLength(2);
    expect(changes[0]).not.toBeNull();
    expect(changes[1]).toBeNull();
  });
});
