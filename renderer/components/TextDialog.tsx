import { useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';
import { DialogButtons } from './DialogButtons';
import { TextField } from './TextField';

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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(value.trim());
  };
  return (
    <Dialog title={title} onCancel={onCancel}>
      <form onSubmit={submit}>
        <TextField label={label} value={value} initialFocus onChange={setValue} />
        <DialogButtons submitLabel={confirmLabel} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
