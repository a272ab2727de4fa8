import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../Dialog';
import { parseReviewers, type SendRequest } from './reviewFlow';

/** Props of {@link SendForReviewDialog}. */
export interface SendForReviewDialogProps {
  title: string;
  busy: boolean;
  onSend: (request: SendRequest) => void;
  onCancel: () => void;
}

/**
 * "Send for review": who reviews, by when, and whether a Word file goes with the copy. The
 * copy opens in Accord with every edit a suggestion.
 */
export function SendForReviewDialog({ title, busy, onSend, onCancel }: SendForReviewDialogProps) {
  const [reviewers, setReviewers] = useState('');
  const [due, setDue] = useState('');
  const [withWord, setWithWord] = useState(false);
  const reviewersId = useId();
  const hintId = useId();
  const dueId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    onSend({ reviewers: parseReviewers(reviewers), due: due || null, withWord });
  };
  return (
    <Dialog title="Send for review" onCancel={onCancel}>
      <form onSubmit={submit} className="review-form">
        <p className="field-hint">
          Saves the version “Sent for review” of “{title || 'Untitled'}” and writes a review copy to
          send. Reviewers’ edits to the copy are suggestions; import the returned copies with Import
          review.
        </p>
        <label htmlFor={reviewersId} className="field-label">
          Reviewers
        </label>
        <input
          id={reviewersId}
          className="field-input"
          value={reviewers}
          data-autofocus
          aria-describedby={hintId}
          onChange={(e) => setReviewers(e.target.value)}
        />
        <p id={hintId} className="field-hint">
          Names or organizations, separated by commas (optional).
        </p>
        <label htmlFor={dueId} className="field-label">
          Due date
        </label>
        <input
          id={dueId}
          type="date"
          className="field-input"
          value={due}
          onChange={(e) => setDue(e.target.value)}
        />
        <label className="review-check">
          <input
            type="checkbox"
            checked={withWord}
            onChange={(e) => setWithWord(e.target.checked)}
          />
          Also write a Word file
        </label>
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            {busy ? 'Sending…' : 'Send'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
