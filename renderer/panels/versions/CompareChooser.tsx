import { useId, useState, type FormEvent } from 'react';
import type { VersionEntry } from './versionEntries';

/** Props of {@link CompareChooser}. */
export interface CompareChooserProps {
  /** The version the user chose to compare. */
  entry: VersionEntry;
  /** The versions it can be compared with (damaged ones left out). */
  others: readonly VersionEntry[];
  /** Receives the other version's id, or null for the current draft. */
  onCompare: (other: string | null) => void;
  onCancel: () => void;
}

/** Picks what a version is compared with: the current draft (the default) or another version. */
export function CompareChooser({ entry, others, onCompare, onCancel }: CompareChooserProps) {
  const [other, setOther] = useState('');
  const selectId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Version ids never are empty, so '' stands for the draft in the select.
    onCompare(other || null);
  };
  return (
    <form className="version-compare" onSubmit={submit}>
      <label htmlFor={selectId} className="field-label">
        Compare “{entry.name}” with
      </label>
      <select
        id={selectId}
        className="field-input"
        value={other}
        data-autofocus
        onChange={(e) => setOther(e.target.value)}
      >
        <option value="">The current draft</option>
        {others.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name} ({o.when})
          </option>
        ))}
      </select>
      <div className="version-compare-buttons">
        <button type="submit" className="primary">
          Show comparison
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
