import { useId } from 'react';
import type { Node } from 'prosemirror-model';
import { ReadOnlyDocument } from '../../components/compare/ReadOnlyDocument';

/** Props of {@link VersionViewer}. */
export interface VersionViewerProps {
  /** The version as titles name it: “Draft 2” (2025-03-14 09:30 UTC). */
  label: string;
  doc: Node;
  /** Restoring is not offered when the document cannot be changed. */
  canRestore: boolean;
  onBack: () => void;
  onRestore: () => void;
}

/**
 * A saved version open read-only in place of the draft, clearly labelled, with "Back to draft"
 * and "Restore". The draft stays open (hidden) underneath, untouched.
 */
export function VersionViewer({ label, doc, canRestore, onBack, onRestore }: VersionViewerProps) {
  const titleId = useId();
  return (
    <section className="version-viewer" aria-labelledby={titleId}>
      <header className="version-viewer-header">
        <h2 id={titleId} className="version-viewer-title">
          Version {label} <span className="version-viewer-badge">Read-only</span>
        </h2>
        <button type="button" className="primary" data-autofocus onClick={onBack}>
          Back to draft
        </button>
        <button type="button" disabled={!canRestore} onClick={onRestore}>
          Restore
        </button>
      </header>
      <div className="page-scroller">
        <ReadOnlyDocument doc={doc} label={`Version ${label} (read-only)`} />
      </div>
    </section>
  );
}
