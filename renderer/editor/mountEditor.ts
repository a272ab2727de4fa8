import type { Node } from 'prosemirror-model';
import { Selection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { outlineOf, sectionCounts } from '../../shared/document/outline';
import { touchesOutline } from './changes';
import { setLinkCommand } from './commands/marks';
import { editorCommands } from './commands/registry';
import { moveSection, moveSectionBefore } from './commands/sections';
import type { EditorChange, EditorHandle } from './handle';
import { numberingLabels } from './plugins/numbering';
import {
  isTrackChangesLocked,
  isTrackingChanges,
  lockTrackChanges,
  setTrackChanges,
} from './plugins/trackChanges';
import { createEditorState, type EditorSetup, type TrackChangesStart } from './setup';

/** What {@link mountEditor} is given: the document, whether it may be edited, plugin setup. */
export interface MountOptions extends EditorSetup {
  doc: Node;
  editable: boolean;
}

/** Where a block with this id starts, or null; top-level blocks are looked up first. */
function findBlock(doc: Node, id: string): number | null {
  let found: number | null = null;
  doc.forEach((child, offset) => {
    if (found === null && child.attrs.id === id) found = offset;
  });
  if (found !== null) return found;
  doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.attrs.id === id) found = pos;
    return !node.isInline;
  });
  return found;
}

/**
 * Mounts the structured editor in `place` and returns the handle the React chrome talks to.
 * Listeners hear about every dispatched transaction, after the view has been updated.
 */
export function mountEditor(place: HTMLElement, options: MountOptions): EditorHandle {
  let editable = options.editable;
  const listeners = new Set<(change: EditorChange) => void>();
  const notify = (change: EditorChange) => {
    for (const listener of [...listeners]) listener(change);
  };
  place.classList.add('accord-editor');

  const view: EditorView = new EditorView(place, {
    state: createEditorState(options.doc, options),
    editable: () => editable,
    attributes: {
      class: 'accord-document',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': 'Document',
      spellcheck: 'true',
    },
    dispatchTransaction(tr: Transaction) {
      const { state, transactions } = view.state.applyTransaction(tr);
      view.updateState(state);
      notify({
        docChanged: transactions.some((t) => t.docChanged),
        outlineChanged: transactions.some(touchesOutline),
      });
    },
  });
  const dispatch = (tr: Transaction) => view.dispatch(tr);
  // A read-only editor (the file is locked elsewhere) refuses every edit, undo included.
  const exec = (command: Command, apply: boolean) =>
    editable && command(view.state, apply ? dispatch : undefined, view);
  // A fresh state (setDoc) keeps the suggestion mode the user (or a review copy) chose.
  const trackMode = (): TrackChangesStart =>
    isTrackChangesLocked(view.state) ? 'locked' : isTrackingChanges(view.state) ? 'on' : 'off';

  return {
    view,
    getDoc: () => view.state.doc,
    setDoc(doc) {
      view.updateState(createEditorState(doc, { ...options, trackChanges: trackMode() }));
      notify({ docChanged: true, outlineChanged: true });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    outline: () => outlineOf(view.state.doc, numberingLabels(view.state)),
    wordCounts() {
      const { state } = view;
      return sectionCounts(state.doc, numberingLabels(state), state.selection.$from.index(0));
    },
    run: (command) => exec(editorCommands[command].run, true),
    canRun: (command) => exec(editorCommands[command].run, false),
    isActive: (command) => editorCommands[command].isActive(view.state),
    setLink: (href) => exec(setLinkCommand(href), true),
    moveSection: (headingId, direction) => exec(moveSection(headingId, direction), true),
    moveSectionBefore: (headingId, target) => exec(moveSectionBefore(headingId, target), true),
    jumpTo(blockId) {
      const pos = findBlock(view.state.doc, blockId);
      if (pos === null) return;
      const selection = Selection.near(view.state.doc.resolve(pos + 1));
      view.dispatch(view.state.tr.setSelection(selection));
      const dom = view.nodeDOM(pos);
      if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
      view.focus();
    },
    setEditable(value) {
      editable = value;
      view.setProps({ editable: () => editable });
      for (const control of view.dom.querySelectorAll('[data-editable-control]')) {
        if (control instanceof HTMLSelectElement) control.disabled = !value;
      }
    },
    isTrackingChanges: () => isTrackingChanges(view.state),
    setTrackChanges: (on) => exec(setTrackChanges(on), true),
    isTrackChangesLocked: () => isTrackChangesLocked(view.state),
    lockTrackChanges(locked) {
      if (isTrackChangesLocked(view.state) !== locked) {
        lockTrackChanges(locked)(view.state, dispatch, view);
      }
    },
    focus: () => view.focus(),
    destroy() {
      listeners.clear();
      view.destroy();
      place.classList.remove('accord-editor');
    },
  };
}
