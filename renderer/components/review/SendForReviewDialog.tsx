import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../Dialog';
import { DialogButtons } from '../DialogButtons';
import { TextField } from '../TextField';
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
  const hintId = useId();
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
        <TextField
          label="Reviewers"
          value={reviewers}
          initialFocus
          aria-describedby={hintId}
          onChange={setReviewers}
        />
        <p id={hintId} className="field-hint">
          Names or organizations, separated by commas (optional).
        </p>
        <TextField label="Due date" type="date" value={due} onChange={setDue} />
        <label className="review-check">
          <input
            type="checkbox"
            checked={withWord}
            onChange={(e) => setWithWord(e.target.checked)}
          />
          Also write a Word file
        </label>
        <DialogButtons
          submitLabel={busy ? 'Sending…' : 'Send'}
          disabled={busy}
          busy={busy}
          onCancel={onCancel}
        />
      </form>
    </Dialog>
  );
}
