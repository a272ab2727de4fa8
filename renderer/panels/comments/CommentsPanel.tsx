import {
  useCallback,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  editComment,
  NO_IDENTITY,
  reopen,
  reply,
  resolve,
  threadStates,
} from '../../../shared/comments';
import type { Person, Thread } from '../../../shared/document/fileSchema';
import type { Result } from '../../../shared/result';
import { useStore } from '../../components/useStore';
import { cancelComment, focusThread, startComment } from '../../editor/plugins/comments';
import { postNewComment, reanchorThread, removeComment, runOn } from './actions';
import { CommentFilters } from './CommentFilters';
import { CommentForm } from './CommentForm';
import { EditorComments, type CommentsEditor } from './editorComments';
import { ALL_OPEN, authorsOf, sectionsOf, stepThread, visibleThreads } from './filters';
import { ThreadCard, type ThreadActions } from './ThreadCard';

/** Props of {@link CommentsPanel}. */
export interface CommentsPanelProps {
  /** The editor (an EditorHandle), or null while none is mounted. */
  handle: CommentsEditor | null;
  /** The document's threads (AccordFile.comments), owned by the session. */
  threads: readonly Thread[];
  /** Who the user is (Settings.identity); null until they have said. */
  identity: Person | null;
  /** Receives the threads after every change; the session stores them and marks the file edited. */
  onChange: (threads: Thread[]) => void;
  /** The document is read-only (open elsewhere): threads can be read, not changed. */
  readOnly?: boolean;
  /** Called when a comment needs an identity the user has not given yet. */
  onAskIdentity?: () => void;
  /** The clock, for tests. */
  now?: () => Date;
  /**
   * Subscribes to "New comment" chosen outside the panel (toolbar, shortcut while it was closed);
   * the panel then does what its own New comment button does. Returns an unsubscribe.
   */
  newCommentRequests?: (listener: () => void) => () => void;
}

const NO_TEXT = 'Select the text the comment is about first.';

/** Cards built in the first frame after the panel opens; a background render adds the rest. */
export const FIRST_CARDS = 30;

/** Ctrl+Alt+M (Cmd+Option+M): "New comment", as in Word. */
export function isNewCommentKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && event.key.toLowerCase() === 'm';
}

/**
 * The "Comments" side panel: threads in document order, the focused one scrolled into view;
 * new comment, reply, edit and delete one's own, resolve, reopen, re-anchor; next and previous;
 * filters by status, author and section. Detached threads stay listed with their quote.
 */
export function CommentsPanel(props: CommentsPanelProps) {
  const { handle, threads, identity, onChange, readOnly = false, onAskIdentity, now } = props;
  const newCommentRequests = props.newCommentRequests;
  const editor = useMemo(() => new EditorComments(handle), [handle]);
  const { doc, active, composing } = useStore(editor, (e) => e.snapshot);
  const states = useMemo(() => (doc ? threadStates(doc, threads) : []), [doc, threads]);
  const [filter, setFilter] = useState(ALL_OPEN);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const visible = visibleThreads(states, filter, active);
  // A thousand cards take several frames to build: the panel paints with the first ones, and
  // React adds the others in a background render that typing and clicks interrupt.
  const shown = useDeferredValue(visible.length, FIRST_CARDS);
  const listed = shown >= visible.length ? visible : visible.slice(0, shown);
  const view = handle?.view ?? null;

  useEffect(() => {
    if (active === null) return;
    // Thread ids are checked when a file loads; escaping keeps the selector sound regardless.
    const card = listRef.current?.querySelector(`[data-thread-id="${CSS.escape(active)}"]`);
    card?.scrollIntoView?.({ block: 'nearest' });
  }, [active, listed.length]);

  const commit = useCallback(
    (result: Result<Thread[]>): boolean => {
      if (!result.ok) {
        setError(result.error.message);
        if (result.error.message === NO_IDENTITY) onAskIdentity?.();
        return false;
      }
      setError(null);
      editor.refreshNow();
      onChange(result.value);
      return true;
    },
    [editor, onAskIdentity, onChange],
  );

  const newComment = () => {
    if (!view || readOnly) return;
    if (!identity) {
      setError(NO_IDENTITY);
      onAskIdentity?.();
    } else if (runOn(view, startComment)) {
      setError(null);
    } else {
      setError(NO_TEXT);
    }
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    // In the editor its keymap has already handled the key; elsewhere the panel does.
    if (!event.defaultPrevented && isNewCommentKey(event)) {
      event.preventDefault();
      newComment();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const onRequest = useEffectEvent(() => newComment());
  useEffect(() => newCommentRequests?.(() => onRequest()), [newCommentRequests]);

  const focus = useCallback(
    (id: string | null) => {
      if (view) runOn(view, focusThread(id));
    },
    [view],
  );

  const actions = useMemo<ThreadActions>(() => {
    const time = () => (now?.() ?? new Date()).toISOString();
    return {
      focus,
      reply: (id, text) => commit(reply(threads, id, { author: identity, text, time: time() })),
      edit: (id, commentId, text) =>
        commit(editComment(threads, id, commentId, { author: identity, text, time: time() })),
      remove: (id, commentId) => {
        if (view) commit(removeComment(view, threads, id, commentId, identity, time()));
      },
      resolve: (id) => commit(resolve(threads, id, identity, time())),
      reopen: (id) => commit(reopen(threads, id)),
      reanchor: (id) => {
        if (view) commit(reanchorThread(view, threads, id));
      },
    };
  }, [commit, focus, identity, now, threads, view]);

  const step = (direction: 1 | -1) => focus(stepThread(visible, active, direction));

  return (
    <aside className="side-panel comments-panel" aria-label="Comments">
      <div className="side-panel-header comments-header">
        <h2 className="panel-title">Comments</h2>
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="Control+Alt+M"
          title="New comment (Ctrl+Alt+M)"
          disabled={!view || readOnly}
          onClick={newComment}
        >
          New comment
        </button>
        <button
          type="button"
          className="tool"
          aria-label="Previous comment"
          title="Previous comment"
          disabled={visible.length === 0}
          onClick={() => step(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="tool"
          aria-label="Next comment"
          title="Next comment"
          disabled={visible.length === 0}
          onClick={() => step(1)}
        >
          ↓
        </button>
      </div>
      <CommentFilters
        filter={filter}
        authors={authorsOf(states)}
        sections={sectionsOf(states)}
        onChange={setFilter}
      />
      {error && (
        <p role="alert" className="comments-error">
          {error}
        </p>
      )}
      {composing && view && (
        <div className="comment-new">
          <CommentForm
            label="New comment text"
            submitLabel="Post comment"
            onSubmit={(text) =>
              commit(
                postNewComment(
                  view,
                  threads,
                  identity,
                  text,
                  (now?.() ?? new Date()).toISOString(),
                ),
              )
            }
            onCancel={() => {
              runOn(view, cancelComment);
              setError(null);
            }}
          />
        </div>
      )}
      {visible.length === 0 ? (
        <p className="comments-empty">
          {states.length === 0
            ? 'No comments yet. Select text and choose New comment (Ctrl+Alt+M).'
            : 'No comment threads match these filters.'}
        </p>
      ) : (
        <ol ref={listRef} className="comments-list">
          {listed.map((state) => (
            <ThreadCard
              key={state.thread.id}
              state={state}
              focused={state.thread.id === active}
              identity={identity}
              readOnly={readOnly}
              actions={actions}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
