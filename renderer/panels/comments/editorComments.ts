import type { Node } from 'prosemirror-model';
import type { EditorChange, EditorHandle } from '../../editor/handle';
import { activeThread, pendingComment } from '../../editor/plugins/comments';
import { throttle, type Scheduled } from '../../session/timing';

/** The part of the editor handle the comments panel uses. */
export type CommentsEditor = Pick<EditorHandle, 'view' | 'subscribe'>;

/** What the panel shows of the editor. */
export interface EditorCommentsSnapshot {
  /** The document as of the last refresh; null without an editor. */
  doc: Node | null;
  /** The focused thread. */
  active: string | null;
  /** Whether a new comment is being written (after "New comment" or Ctrl+Alt+M). */
  composing: boolean;
}

/** How long the thread list may lag behind typing, in ms. */
export const DOC_REFRESH_MS = 300;

function read(editor: CommentsEditor | null, doc: Node | null): EditorCommentsSnapshot {
  if (!editor) return { doc: null, active: null, composing: false };
  const state = editor.view.state;
  return { doc, active: activeThread(state), composing: pendingComment(state) !== null };
}

/**
 * The editor as the comments panel sees it, for useSyncExternalStore. The focused thread and the
 * composing flag follow every transaction (both are plugin-state reads); the document, from which
 * the panel recomputes anchors, at most once per {@link DOC_REFRESH_MS} while someone types.
 */
export class EditorComments {
  private current: EditorCommentsSnapshot;
  private listeners = new Set<() => void>();
  private detach: (() => void) | null = null;
  private readonly docTimer: Scheduled;

  constructor(private readonly editor: CommentsEditor | null) {
    this.current = read(editor, editor?.view.state.doc ?? null);
    this.docTimer = throttle(() => this.refreshNow(), DOC_REFRESH_MS);
  }

  /** The latest snapshot; the same object until something changed. */
  get snapshot(): EditorCommentsSnapshot {
    return this.current;
  }

  /** Follows the editor while anyone listens. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.editor && !this.detach) {
      this.detach = this.editor.subscribe((change) => this.onChange(change));
      // Missed while nobody listened; React reads the snapshot again after subscribing.
      this.current = read(this.editor, this.editor.view.state.doc);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.detach?.();
      this.detach = null;
      this.docTimer.cancel();
    };
  }

  /** Takes the current document now (after the panel itself changed marks). */
  refreshNow(): void {
    this.docTimer.cancel();
    this.update(read(this.editor, this.editor?.view.state.doc ?? null));
  }

  private onChange(change: EditorChange): void {
    if (change.docChanged) this.docTimer.schedule();
    this.update(read(this.editor, this.current.doc));
  }

  private update(next: EditorCommentsSnapshot): void {
    const was = this.current;
    if (next.doc === was.doc && next.active === was.active && next.composing === was.composing) {
      return;
    }
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
