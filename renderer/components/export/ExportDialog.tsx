import { useId, useState, type FormEvent } from 'react';
import type { DocxExportOptions } from '../../../shared/api';
import type { Version } from '../../../shared/document/fileSchema';
import { versionLabel } from '../../panels/versions/versionEntries';
import { Dialog } from '../Dialog';
import { DialogButtons } from '../DialogButtons';
import type { ExportChoice } from './exportFlow';

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  /** The document's saved versions, oldest first, offered for "Revised text against". */
  versions: readonly Version[];
  /** The choices to start from (the last export's, or the defaults). */
  initial: ExportChoice;
  onExport: (choice: ExportChoice) => void;
  onCancel: () => void;
}

const OPTIONS: readonly { key: keyof DocxExportOptions; label: string; hint: string }[] = [
  { key: 'comments', label: 'Include comments', hint: 'As Word comments, with replies.' },
  {
    key: 'changes',
    label: 'Include tracked changes',
    hint: 'Suggestions as Word tracked changes; without them the text reads as if all were accepted.',
  },
  { key: 'tableOfContents', label: 'Table of contents', hint: 'Word fills it in when updated.' },
];

/**
 * The Export to Word dialog: what the .docx includes, revised text against a version, and
 * whether a version is saved first.
 */
export function ExportDialog({ versions, initial, onExport, onCancel }: ExportDialogProps) {
  const [options, setOptions] = useState(initial.options);
  // A remembered version may be gone (another document): fall back to none.
  const [against, setAgainst] = useState(
    versions.some((v) => v.id === initial.against) ? initial.against : null,
  );
  const [saveVersionFirst, setSaveVersionFirst] = useState(initial.saveVersionFirst);
  const againstId = useId();
  const againstHintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onExport({ options, against, saveVersionFirst });
  };
  return (
    <Dialog title="Export to Word" onCancel={onCancel}>
      <form onSubmit={submit} className="export-form">
        {OPTIONS.map(({ key, label, hint }) => (
          <label key={key} className="export-check" title={hint}>
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(e) => setOptions({ ...options, [key]: e.target.checked })}
            />
            {label}
          </label>
        ))}
        <label htmlFor={againstId} className="field-label">
          Revised text against
        </label>
        <select
          id={againstId}
          className="field-input"
          value={against ?? ''}
          aria-describedby={againstHintId}
          onChange={(e) => setAgainst(e.target.value || null)}
        >
          <option value="">None</option>
          {[...versions].reverse().map((v) => (
            <option key={v.id} value={v.id}>
              {versionLabel(v)}
            </option>
          ))}
        </select>
        <p id={againstHintId} className="field-hint">
          {versions.length === 0
            ? 'No versions saved yet.'
            : 'The changes since that version appear as Word tracked changes.'}
        </p>
        <label className="export-check export-check-version">
          <input
            type="checkbox"
            checked={saveVersionFirst}
            onChange={(e) => setSaveVersionFirst(e.target.checked)}
          />
          Save a version first (for circulation)
        </label>
        <DialogButtons submitLabel="Export" initialFocus onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
