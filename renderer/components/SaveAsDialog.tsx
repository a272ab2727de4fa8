import { useId, useState, type FormEvent } from 'react';
import { toFileName } from '../session/fileNames';
import { Dialog } from './Dialog';

/** Props of {@link SaveAsDialog}. */
export interface SaveAsDialogProps {
  suggested: string;
  folder: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** The in-page "Save as" dialog: a file name in the library folder. */
export function SaveAsDialog({ suggested, folder, onSubmit, onCancel }: SaveAsDialogProps) {
  const [name, setName] = useState(suggested);
  const inputId = useId();
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') onSubmit(name);
  };
  return (
    <Dialog title="Save as" onCancel={onCancel}>
      <form onSubmit={submit}>
        <label htmlFor={inputId} className="field-label">
          File name
        </label>
        <input
          id={inputId}
          className="field-input"
          value={name}
          aria-describedby={hintId}
          data-autofocus
          onChange={(e) => setName(e.target.value)}
        />
        <p id={hintId} className="field-hint">
          Saved as “{toFileName(name)}” in {folder}
        </p>
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            Save
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
