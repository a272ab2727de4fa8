import { useState, type MouseEvent } from 'react';
import { isOwn, sectionText, type ThreadState } from '../../../shared/comments';
import type { Person } from '../../../shared/document/fileSchema';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

/** What a thread card can ask the panel to do; text actions return whether they succeeded. */
export interface ThreadActions {
  focus: () => void;
  reply: (text: string) => boolean;
  edit: (commentId: string, text: string) => boolean;
  remove: (commentId: string) => void;
  resolve: () => void;
  reopen: () => void;
  reanchor: () => void;
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

/**
 * One thread: where it is (section, quoted text; "Detached" when its text is gone), its comments,
 * and Reply, Resolve or Reopen, and Re-anchor. Clicking it selects its text in the document.
 */
export function ThreadCard({ state, focused, identity, readOnly, actions }: ThreadCardProps) {
  const [replying, setReplying] = useState(false);
  const { thread, detached, resolved, quote } = state;
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
          if (!onControl(event)) actions.focus();
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
        <button type="button" className="thread-quote" onClick={actions.focus}>
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
              onEdit={(text) => actions.edit(comment.id, text)}
              onDelete={() => actions.remove(comment.id)}
            />
          ))}
        </ol>
        {replying && (
          <CommentForm
            label="Reply text"
            submitLabel="Post reply"
            onSubmit={(text) => {
              const done = actions.reply(text);
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
              <button type="button" onClick={actions.reopen}>
                Reopen
              </button>
            ) : (
              <button type="button" onClick={actions.resolve}>
                Resolve
              </button>
            )}
            <button
              type="button"
              onClick={actions.reanchor}
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
