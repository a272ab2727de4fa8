import { useId, useState, type FormEvent } from 'react';
import { toFileName } from '../session/fileNames';
import { Dialog } from './Dialog';
import { DialogButtons } from './DialogButtons';
import { TextField } from './TextField';

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
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') onSubmit(name);
  };
  return (
    <Dialog title="Save as" onCancel={onCancel}>
      <form onSubmit={submit}>
        <TextField
          label="File name"
          value={name}
          aria-describedby={hintId}
          initialFocus
          onChange={setName}
        />
        <p id={hintId} className="field-hint">
          Saved as “{toFileName(name)}” in {folder}
        </p>
        <DialogButtons submitLabel="Save" disabled={name.trim() === ''} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
