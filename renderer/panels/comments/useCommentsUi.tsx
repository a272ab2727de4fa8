import { useCallback, useEffect, useEffectEvent, useMemo, useRef, type ReactNode } from 'react';
import { openThreadCounts } from '../../../shared/comments';
import type { Person, Thread } from '../../../shared/document/fileSchema';
import type { CommentActions } from '../../components/CommentsToggle';
import { useStore } from '../../components/useStore';
import type { EditorHandle } from '../../editor/handle';
import type { DocumentSession } from '../../session/documentSession';
import type { EditorBridge } from '../../session/editorBridge';
import { CommentsChrome } from './commentsChrome';
import { CommentsPanel, isNewCommentKey } from './CommentsPanel';
import { ResolvedHighlights } from './ResolvedHighlights';

/** The pieces of the comments feature the editor screen places. */
export interface CommentsUi {
  toolbar: CommentActions;
  /** The Comments panel while open, and what keeps resolved threads unhighlighted. */
  side: ReactNode;
  /** Open threads per section, by heading id, for the outline. */
  openThreads: ReadonlyMap<string, number>;
  /** Connects a mounted editor; returns a detach. Stable for the session. */
  attach: (handle: EditorHandle) => () => void;
}

const NONE: ReadonlyMap<string, number> = new Map();

const hasOpenThreads = (threads: readonly Thread[]) => threads.some((t) => t.status === 'open');

/**
 * The comments feature for one session: the panel (open at first when the document has open
 * threads), the toolbar's New comment and Comments buttons, Ctrl+Alt+M wherever the focus is, and
 * the outline's counts. Threads live in the session, which saves them with the document.
 */
export function useCommentsUi(
  session: DocumentSession,
  bridge: EditorBridge,
  identity: Person | null,
  onAskIdentity: () => void,
): CommentsUi {
  const chrome = useMemo(
    () => new CommentsChrome(hasOpenThreads(session.state.comments)),
    [session],
  );
  const { handle, open } = useStore(chrome, (c) => c.snapshot);
  const { comments, readOnly } = useStore(session, (s) => s.state);
  const { outline } = useStore(bridge, (b) => b.snapshot);

  // The outline refreshes at the word counts' pace while typing; counting reuses cached blocks.
  const openThreads = useMemo(
    () =>
      handle && outline.length > 0 && comments.length > 0
        ? openThreadCounts(session.currentDoc(), comments)
        : NONE,
    [session, handle, outline, comments],
  );

  const setComments = useCallback((threads: Thread[]) => session.setComments(threads), [session]);
  // The panel's callbacks stay the same, so a thousand thread cards do not re-render with the app.
  const askRef = useRef(onAskIdentity);
  useEffect(() => {
    askRef.current = onAskIdentity;
  }, [onAskIdentity]);
  const askIdentity = useCallback(() => askRef.current(), []);

  // With the panel open it answers Ctrl+Alt+M itself (and the editor's keymap before it).
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (chrome.snapshot.open || event.defaultPrevented || !isNewCommentKey(event)) return;
    if (document.querySelector('[aria-modal="true"]')) return;
    event.preventDefault();
    chrome.requestNewComment();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const toolbar: CommentActions = {
    newComment: () => chrome.requestNewComment(),
    toggle: () => chrome.toggle(),
    open,
    canComment: handle !== null && !readOnly,
  };

  const side = (
    <>
      <ResolvedHighlights threads={comments} />
      {open && (
        <CommentsPanel
          handle={handle}
          threads={comments}
          identity={identity}
          onChange={setComments}
          readOnly={readOnly}
          onAskIdentity={askIdentity}
          newCommentRequests={chrome.onNewCommentRequest}
        />
      )}
    </>
  );

  const attach = useCallback((h: EditorHandle) => chrome.attach(h), [chrome]);
  return { toolbar, side, openThreads, attach };
}
