import { useState, type FormEvent } from 'react';
import type { AccordApi, Settings } from '../../shared/api';
import type { Person } from '../../shared/document/fileSchema';
import { Dialog } from './Dialog';
import { DialogButtons } from './DialogButtons';
import { TextField } from './TextField';

/** Props of {@link IdentityDialog}. */
export interface IdentityDialogProps {
  api: AccordApi;
  current: Person | null;
  /** First start: the dismiss button reads "Skip" instead of "Cancel". */
  firstRun: boolean;
  onDone: (settings: Settings | null) => void;
}

/** Initials from a name: "Ana María López" → "AML". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 4);
}

/** "Who are you?": the name, initials and organization comments and changes are signed with. */
export function IdentityDialog({ api, current, firstRun, onDone }: IdentityDialogProps) {
  const [name, setName] = useState(current?.name ?? '');
  const [initials, setInitials] = useState(current?.initials ?? '');
  const [organization, setOrganization] = useState(current?.organization ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter your name, or choose Skip.');
      return;
    }
    setSaving(true);
    const identity = {
      name: name.trim(),
      initials: (initials.trim() || initialsOf(name)).slice(0, 16),
      organization: organization.trim(),
    };
    const result = await api['settings.setIdentity']({ identity });
    setSaving(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  };
  const dismiss = () => onDone(null);

  return (
    <Dialog title="Who are you?" onCancel={dismiss}>
      <form onSubmit={(event) => void submit(event)}>
        <p className="dialog-message">
          Comments and changes you make are shown with your name and organization.
        </p>
        <TextField label="Name" value={name} autoComplete="name" initialFocus onChange={setName} />
        <TextField
          label="Initials"
          className="field-short"
          value={initials}
          maxLength={16}
          placeholder={initialsOf(name)}
          onChange={setInitials}
        />
        <TextField
          label="Organization"
          value={organization}
          autoComplete="organization"
          onChange={setOrganization}
        />
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <DialogButtons
          submitLabel="Save"
          disabled={saving}
          cancelLabel={firstRun ? 'Skip' : 'Cancel'}
          onCancel={dismiss}
        />
      </form>
    </Dialog>
  );
}
