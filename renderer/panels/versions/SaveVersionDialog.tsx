import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { DialogButtons } from '../../components/DialogButtons';
import { TextField } from '../../components/TextField';

/** Props of {@link SaveVersionDialog}. */
export interface SaveVersionDialogProps {
  /** A name to start from, e.g. "Version 3". */
  suggested: string;
  onSubmit: (name: string, note: string) => void;
  onCancel: () => void;
}

/** Asks for a version's name (required) and an optional note, as "Save version" does in Word. */
export function SaveVersionDialog({ suggested, onSubmit, onCancel }: SaveVersionDialogProps) {
  const [name, setName] = useState(suggested);
  const [note, setNote] = useState('');
  const noteId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSubmit(name.trim(), note.trim());
  };
  return (
    <Dialog title="Save version" onCancel={onCancel}>
      <form onSubmit={submit}>
        <TextField label="Name" value={name} required initialFocus onChange={setName} />
        <label htmlFor={noteId} className="field-label">
          Note
        </label>
        <textarea
          id={noteId}
          className="field-input"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <DialogButtons submitLabel="Save version" disabled={!name.trim()} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
