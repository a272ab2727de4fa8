import { cancelComment, pendingComment } from '../../editor/plugins/comments';
import { runOn } from './actions';
import type { CommentsEditor } from './editorComments';

/** What the editor screen shows of comments around the panel. */
export interface CommentsChromeSnapshot {
  /** The mounted editor, or null before it is mounted and after it is gone. */
  handle: CommentsEditor | null;
  /** Whether the Comments panel is open. */
  open: boolean;
}

/**
 * The comments panel's place in the chrome, for useSyncExternalStore: which editor it works on
 * and whether it is open. The panel opens by itself when a comment is started in the editor
 * (Ctrl+Alt+M there); "New comment" from elsewhere opens it and passes the request on; closing
 * it drops the highlight of a comment not yet posted.
 */
export class CommentsChrome {
  private current: CommentsChromeSnapshot;
  private listeners = new Set<() => void>();
  private requestListeners = new Set<() => void>();
  /** A request made while no panel listened, for the panel about to mount. */
  private requested = false;

  constructor(open = false) {
    this.current = { handle: null, open };
  }

  /** The latest snapshot; the same object until something changed. */
  get snapshot(): CommentsChromeSnapshot {
    return this.current;
  }

  /** Calls `listener` after every change; returns an unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows a mounted editor until the returned detach is called. */
  attach(handle: CommentsEditor): () => void {
    let composing = pendingComment(handle.view.state) !== null;
    // A plugin-state read per transaction; the panel opens only when a comment starts.
    const unsubscribe = handle.subscribe(() => {
      const now = pendingComment(handle.view.state) !== null;
      if (now && !composing) this.setOpen(true);
      composing = now;
    });
    this.update({ handle });
    return () => {
      unsubscribe();
      if (this.current.handle === handle) this.update({ handle: null });
    };
  }

  /** Opens or closes the panel; closing drops the highlight of a comment not yet posted. */
  setOpen(open: boolean): void {
    if (!open) {
      this.requested = false;
      const view = this.current.handle?.view;
      if (view && pendingComment(view.state)) runOn(view, cancelComment);
    }
    this.update({ open });
  }

  /** The "Comments" toggle. */
  toggle(): void {
    this.setOpen(!this.current.open);
  }

  /** "New comment" from outside the panel: opens it and has it start a comment. */
  requestNewComment(): void {
    if (this.requestListeners.size === 0) this.requested = true;
    this.setOpen(true);
    for (const listener of [...this.requestListeners]) listener();
  }

  /**
   * The panel's subscription to {@link requestNewComment}; a request made while it was closed
   * reaches it as it subscribes. Returns an unsubscribe.
   */
  readonly onNewCommentRequest = (listener: () => void): (() => void) => {
    this.requestListeners.add(listener);
    if (this.requested) {
      this.requested = false;
      listener();
    }
    return () => this.requestListeners.delete(listener);
  };

  private update(patch: Partial<CommentsChromeSnapshot>): void {
    const next = { ...this.current, ...patch };
    if (next.handle === this.current.handle && next.open === this.current.open) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
