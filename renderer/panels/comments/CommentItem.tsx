import { useState } from 'react';
import type { Comment } from '../../../shared/document/fileSchema';
import { initialsOf } from '../../../shared/export-model';
import { formatTime } from '../../components/format';
import { CommentForm } from './CommentForm';

/** Props of {@link CommentItem}. */
export interface CommentItemProps {
  comment: Comment;
  /** The user wrote it (and the document is editable): Edit and Delete comment are offered. */
  own: boolean;
  onEdit: (text: string) => boolean;
  onDelete: () => void;
}

/**
 * One comment: initials avatar, author, organization, time and the text, always rendered as
 * text (markup in a comment is shown, never run).
 */
export function CommentItem({ comment, own, onEdit, onDelete }: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const { author } = comment;
  return (
    <li className="comment">
      <span className="comment-avatar" aria-hidden="true">
        {author.initials || initialsOf(author.name) || '?'}
      </span>
      <div className="comment-body">
        <div className="comment-meta">
          <span className="comment-author">{author.name || 'Unknown'}</span>
          {author.organization && <span className="comment-org">{author.organization}</span>}
          <time className="comment-time" dateTime={comment.time}>
            {formatTime(comment.time)}
          </time>
          {comment.edited && <span className="comment-edited">(edited)</span>}
        </div>
        {editing ? (
          <CommentForm
            label="Edit comment"
            submitLabel="Save"
            initial={comment.text}
            onSubmit={(text) => {
              const done = onEdit(text);
              if (done) setEditing(false);
              return done;
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <p className="comment-text">{comment.text}</p>
        )}
        {own && !editing && (
          <div className="comment-buttons">
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="link-button" onClick={onDelete}>
              Delete comment
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
