import { useEffect, useId, useRef } from 'react';
import type { Node } from 'prosemirror-model';
import type { Person } from '../../shared/document/fileSchema';
import type { EditorHandle } from '../editor/handle';
import type { MountOptions } from '../editor/mountEditor';
import { trackChangesFor, useChangesUi } from '../panels/changes/useChangesUi';
import { useCommentsUi } from '../panels/comments/useCommentsUi';
import { OutlinePanel } from '../panels/OutlinePanel';
import { useVersionsUi } from '../panels/versions/useVersionsUi';
import type { DocumentSession } from '../session/documentSession';
import type { EditorBridge } from '../session/editorBridge';
import { NotesBanner } from './NotesBanner';
import { ReviewCopyBanner } from './review/ReviewCopyBanner';
import { StatusBar } from './StatusBar';
import { Toolbar, type FileActions } from './Toolbar';
import { useStore } from './useStore';

/** Creates the editor in a place (renderer/editor/mountEditor.ts, or a fake in tests). */
export type MountEditor = (place: HTMLElement, options: MountOptions) => EditorHandle;

/** Props of {@link EditorScreen}. */
export interface EditorScreenProps {
  session: DocumentSession;
  bridge: EditorBridge;
  doc: Node;
  notes: readonly string[];
  mountEditor: MountEditor;
  actions: FileActions;
  onDismissNotes: () => void;
  /** Who the user is (settings), for the comparison with the current draft. */
  identity?: Person | null;
}

/**
 * The editing screen: toolbar, outline, the page and the status bar. The editor is created once
 * per session in an effect; React never renders the document and re-renders only when the
 * session or the bridge report a change.
 */
export function EditorScreen({
  session,
  bridge,
  doc,
  notes,
  mountEditor,
  actions,
  onDismissNotes,
  identity = null,
}: EditorScreenProps) {
  const placeRef = useRef<HTMLDivElement>(null);
  const state = useStore(session, (s) => s.state);
  const reasonId = useId();
  const versions = useVersionsUi(session, identity);
  const comments = useCommentsUi(session, bridge, identity, actions.settings);
  const attachComments = comments.attach;
  const changes = useChangesUi(bridge, state.readOnly);
  const attachChanges = changes.attach;
  // Changes are signed by whoever the settings say now (the user can switch in Settings).
  const identityRef = useRef(identity);
  useEffect(() => {
    identityRef.current = identity;
  }, [identity]);
  const reviewCopy = useStore(session, (s) => trackChangesFor(s.versionsFile()) === 'locked');

  useEffect(() => {
    const place = placeRef.current;
    if (!place) return;
    const handle = mountEditor(place, {
      doc,
      editable: !session.state.readOnly,
      getAuthor: () => identityRef.current,
      trackChanges: trackChangesFor(session.versionsFile()),
    });
    const detachDoc = session.attachDoc(
      () => handle.getDoc(),
      (next) => handle.setDoc(next),
    );
    const detachBridge = bridge.attach(handle);
    const detachComments = attachComments(handle);
    const detachChanges = attachChanges(handle);
    return () => {
      detachChanges();
      detachComments();
      detachBridge();
      detachDoc();
      handle.destroy();
    };
  }, [session, bridge, doc, mountEditor, attachComments, attachChanges]);

  // A document that becomes a review copy keeps suggestion mode on from then on.
  useEffect(() => {
    bridge.handle?.lockTrackChanges(reviewCopy);
  }, [bridge, reviewCopy]);

  // A read-only document saved elsewhere with Save as becomes editable.
  useEffect(() => {
    bridge.handle?.setEditable(!state.readOnly);
  }, [bridge, state.readOnly]);

  useEffect(() => {
    document.title = `${state.dirty ? '• ' : ''}${state.name} — Accord`;
  }, [state.dirty, state.name]);

  return (
    <div className="editor-screen">
      <Toolbar
        bridge={bridge}
        actions={actions}
        readOnly={state.readOnly}
        saving={state.saving}
        hasPath={state.path !== null}
        readOnlyReasonId={reasonId}
        versions={versions.toolbar}
        comments={comments.toolbar}
        review={changes.toolbar}
      />
      <ReviewCopyBanner title={state.title} review={session.versionsFile().review} />
      <NotesBanner notes={notes} onDismiss={onDismissNotes} />
      <div className="workarea">
        <OutlinePanel
          bridge={bridge}
          readOnly={state.readOnly}
          openComments={comments.openThreads}
        />
        <main className="page-scroller" aria-label="Document" hidden={versions.main !== null}>
          <div ref={placeRef} className="page" />
          {changes.inText}
        </main>
        {versions.main}
        {versions.side}
        {versions.main === null && comments.side}
        {versions.main === null && changes.side}
      </div>
      {versions.overlay}
      <StatusBar state={state} bridge={bridge} readOnlyReasonId={reasonId} />
    </div>
  );
}
