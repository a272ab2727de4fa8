import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { DialogButtons } from '../../components/DialogButtons';

/** Props of {@link CommentForm}. */
export interface CommentFormProps {
  /** The text box's accessible name. */
  label: string;
  submitLabel: string;
  initial?: string;
  /** Returns whether the text was taken; the form stays open (with its text) when not. */
  onSubmit: (text: string) => boolean;
  onCancel: () => void;
}

/** A text box for a comment, reply or edit: Ctrl+Enter posts, Escape cancels. */
export function CommentForm({
  label,
  submitLabel,
  initial = '',
  onSubmit,
  onCancel,
}: CommentFormProps) {
  const [text, setText] = useState(initial);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (onSubmit(text)) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      <textarea
        className="comment-input"
        aria-label={label}
        value={text}
        rows={3}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <DialogButtons
        className="comment-form-buttons"
        submitLabel={submitLabel}
        onCancel={onCancel}
      />
    </form>
  );
}
