import { useEffect, useRef } from 'react';
import type { Node } from 'prosemirror-model';
import {
  mountReadOnlyView,
  type Highlight,
  type ReadOnlyView,
} from '../../editor/readonly/readOnlyView';

/** Props of {@link ReadOnlyDocument}. */
export interface ReadOnlyDocumentProps {
  doc: Node;
  /** Accessible name of the document. */
  label: string;
  /** Ids of move changes, to label both halves. */
  moved?: ReadonlySet<string>;
  /** The range to highlight and scroll to, or null. */
  highlight?: Highlight | null;
}

/**
 * A document shown read-only in a ProseMirror view (a saved version, a comparison). The view is
 * created in an effect, once per document; React never renders the document itself.
 */
export function ReadOnlyDocument({ doc, label, moved, highlight = null }: ReadOnlyDocumentProps) {
  const placeRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<ReadOnlyView | null>(null);

  useEffect(() => {
    const place = placeRef.current;
    if (!place) return;
    const view = mountReadOnlyView(place, doc, { label, ...(moved ? { moved } : {}) });
    viewRef.current = view;
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, [doc, label, moved]);

  useEffect(() => {
    viewRef.current?.highlight(highlight);
  }, [highlight, doc, label, moved]);

  return <div ref={placeRef} className="page readonly-page" />;
}
