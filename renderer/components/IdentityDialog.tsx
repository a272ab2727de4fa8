import { useId, useState, type FormEvent } from 'react';
import type { AccordApi, Settings } from '../../shared/api';
import type { Person } from '../../shared/document/fileSchema';
import { Dialog } from './Dialog';

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
  const ids = { name: useId(), initials: useId(), organization: useId() };

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
        <label htmlFor={ids.name} className="field-label">
          Name
        </label>
        <input
          id={ids.name}
          className="field-input"
          value={name}
          autoComplete="name"
          data-autofocus
          onChange={(e) => setName(e.target.value)}
        />
        <label htmlFor={ids.initials} className="field-label">
          Initials
        </label>
        <input
          id={ids.initials}
          className="field-input field-short"
          value={initials}
          maxLength={16}
          placeholder={initialsOf(name)}
          onChange={(e) => setInitials(e.target.value)}
        />
        <label htmlFor={ids.organization} className="field-label">
          Organization
        </label>
        <input
          id={ids.organization}
          className="field-input"
          value={organization}
          autoComplete="organization"
          onChange={(e) => setOrganization(e.target.value)}
        />
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={saving}>
            Save
          </button>
          <button type="button" onClick={dismiss}>
            {firstRun ? 'Skip' : 'Cancel'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
