/** Props of {@link PanelToggle}. */
export interface PanelToggleProps {
  /** The panel's name, e.g. "Comments": the button's text and accessible name. */
  label: string;
  open: boolean;
  onToggle: () => void;
}

/** The toolbar button that shows or hides a side panel, pressed while it is shown. */
export function PanelToggle({ label, open, onToggle }: PanelToggleProps) {
  const what = label.toLowerCase();
  return (
    <button
      type="button"
      className="tool tool-text"
      aria-label={label}
      title={open ? `Hide ${what}` : `Show ${what}`}
      aria-pressed={open}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
