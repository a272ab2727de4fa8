import { memo, useState, type MouseEvent } from 'react';
import { isOwn, sectionText, type ThreadState } from '../../../shared/comments';
import type { Person } from '../../../shared/document/fileSchema';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

/**
 * What a thread card can ask the panel to do, by thread id; text actions return whether they
 * succeeded. One object for all cards, so cards re-render only when their own thread changed.
 */
export interface ThreadActions {
  focus: (threadId: string) => void;
  reply: (threadId: string, text: string) => boolean;
  edit: (threadId: string, commentId: string, text: string) => boolean;
  remove: (threadId: string, commentId: string) => void;
  resolve: (threadId: string) => void;
  reopen: (threadId: string) => void;
  reanchor: (threadId: string) => void;
}

/** Props of {@link ThreadCard}. */
export interface ThreadCardProps {
  state: ThreadState;
  focused: boolean;
  identity: Person | null;
  readOnly: boolean;
  actions: ThreadActions;
}

/** Clicks on the card's own controls do not also focus the thread. */
function onControl(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('button, textarea, form') !== null;
}

function ThreadCardView({ state, focused, identity, readOnly, actions }: ThreadCardProps) {
  const [replying, setReplying] = useState(false);
  const { thread, detached, resolved, quote } = state;
  const id = thread.id;
  const section = sectionText(state.section);
  const className = [
    'comment-thread',
    focused ? 'focused' : '',
    detached ? 'detached' : '',
    resolved ? 'resolved' : '',
  ].join(' ');
  return (
    <li className="comment-thread-item">
      <article
        className={className}
        data-thread-id={thread.id}
        aria-label={`Comment thread on “${quote.slice(0, 80)}”`}
        aria-current={focused ? 'true' : undefined}
        onClick={(event) => {
          if (!onControl(event)) actions.focus(id);
        }}
      >
        <div className="thread-where">
          {detached && (
            <span className="badge badge-detached" title="The commented text was deleted">
              Detached
            </span>
          )}
          {resolved && <span className="badge badge-resolved">Resolved</span>}
          <span className="thread-section">{section || 'Before the first heading'}</span>
        </div>
        <button type="button" className="thread-quote" onClick={() => actions.focus(id)}>
          {quote || '(no text)'}
        </button>
        {detached && (
          <p className="thread-note">
            Its text was deleted. Select new text and choose Re-anchor, or resolve the thread.
          </p>
        )}
        <ol className="thread-comments">
          {thread.comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              own={!readOnly && isOwn(comment, identity)}
              onEdit={(text) => actions.edit(id, comment.id, text)}
              onDelete={() => actions.remove(id, comment.id)}
            />
          ))}
        </ol>
        {replying && (
          <CommentForm
            label="Reply text"
            submitLabel="Post reply"
            onSubmit={(text) => {
              const done = actions.reply(id, text);
              if (done) setReplying(false);
              return done;
            }}
            onCancel={() => setReplying(false)}
          />
        )}
        {!readOnly && (
          <div className="thread-buttons">
            {!replying && (
              <button type="button" onClick={() => setReplying(true)}>
                Reply
              </button>
            )}
            {resolved ? (
              <button type="button" onClick={() => actions.reopen(id)}>
                Reopen
              </button>
            ) : (
              <button type="button" onClick={() => actions.resolve(id)}>
                Resolve
              </button>
            )}
            <button
              type="button"
              onClick={() => actions.reanchor(id)}
              title="Anchor this thread to the text selected in the document"
            >
              Re-anchor
            </button>
          </div>
        )}
      </article>
    </li>
  );
}

// Positions move with every keystroke above a thread; a card shows none, so they do not count.
function sameCard(a: ThreadCardProps, b: ThreadCardProps): boolean {
  return (
    a.state.thread === b.state.thread &&
    a.state.status === b.state.status &&
    a.state.quote === b.state.quote &&
    sectionText(a.state.section) === sectionText(b.state.section) &&
    a.focused === b.focused &&
    a.identity === b.identity &&
    a.readOnly === b.readOnly &&
    a.actions === b.actions
  );
}

/**
 * One thread: where it is (section, quoted text; "Detached" when its text is gone), its comments,
 * and Reply, Resolve or Reopen, and Re-anchor. Clicking it selects its text in the document.
 */
export const ThreadCard = memo(ThreadCardView, sameCard);
