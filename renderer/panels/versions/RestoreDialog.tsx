import { Dialog } from '../../components/Dialog';

/** Props of {@link RestoreDialog}. */
export interface RestoreDialogProps {
  /** The version as titles name it: “Draft 2” (2025-03-14 09:30 UTC). */
  label: string;
  onRestore: () => void;
  onCancel: () => void;
}

/** Confirms a restore, saying that the draft as it is now is kept as a version first. */
export function RestoreDialog({ label, onRestore, onCancel }: RestoreDialogProps) {
  return (
    <Dialog title="Restore this version?" onCancel={onCancel}>
      <p className="dialog-message">
        The draft will be replaced by version {label}. The draft as it is now is saved as a version
        first, so nothing is lost.
      </p>
      <div className="dialog-buttons">
        <button type="button" className="primary" data-autofocus onClick={onRestore}>
          Restore
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
