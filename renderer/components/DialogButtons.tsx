import type { ReactNode } from 'react';

/** Props of {@link DialogButtons}. */
export interface DialogButtonsProps {
  /** The submit button's text (its accessible name). */
  submitLabel: ReactNode;
  onCancel: () => void;
  disabled?: boolean;
  /** Passed as aria-busy while the form's action runs (omitted when undefined). */
  busy?: boolean;
  /** Marks the submit button as the dialog's first focus. */
  initialFocus?: boolean;
  cancelLabel?: string;
  /** The row's class: the dialog row by default, or a panel form's own. */
  className?: string;
  /** Further buttons, shown between submit and cancel. */
  children?: ReactNode;
}

/** The submit-and-cancel row closing every form dialog, so they look and read the same. */
export function DialogButtons({
  submitLabel,
  onCancel,
  disabled,
  busy,
  initialFocus,
  cancelLabel = 'Cancel',
  className = 'dialog-buttons',
  children,
}: DialogButtonsProps) {
  return (
    <div className={className}>
      <button
        type="submit"
        className="primary"
        disabled={disabled}
        aria-busy={busy}
        data-autofocus={initialFocus || undefined}
      >
        {submitLabel}
      </button>
      {children}
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
