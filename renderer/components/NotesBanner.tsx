/** Props of {@link NotesBanner}. */
export interface NotesBannerProps {
  notes: readonly string[];
  onDismiss: () => void;
}

/** Tells the user what was repaired or upgraded while loading. */
export function NotesBanner({ notes, onDismiss }: NotesBannerProps) {
  if (notes.length === 0) return null;
  return (
    <div className="banner banner-info" role="status">
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <button type="button" className="quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
