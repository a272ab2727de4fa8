import { useId, useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';

/** Props of {@link TextDialog}. */
export interface TextDialogProps {
  title: string;
  label: string;
  initial: string;
  confirmLabel: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}

/** Asks for one line of text (a link address). */
export function TextDialog({
  title,
  label,
  initial,
  confirmLabel,
  onSubmit,
  onCancel,
}: TextDialogProps) {
  const [value, setValue] = useState(initial);
  const inputId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(value.trim());
  };
  return (
    <Dialog title={title} onCancel={onCancel}>
      <form onSubmit={submit}>
        <label htmlFor={inputId} className="field-label">
          {label}
        </label>
        <input
          id={inputId}
          className="field-input"
          value={value}
          data-autofocus
          onChange={(e) => setValue(e.target.value)}
        />
        <div className="dialog-buttons">
          <button type="submit" className="primary">
            {confirmLabel}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
