import { useEffect, useState } from 'react';
import type { AccordApi, DocumentEntry } from '../../shared/api';
import { Dialog } from './Dialog';
import { DocumentList } from './DocumentList';

/** Props of {@link OpenDialog}. */
export interface OpenDialogProps {
  api: AccordApi;
  onOpen: (path: string) => void;
  onCancel: () => void;
}

type Listing =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; recent: DocumentEntry[]; library: DocumentEntry[] };

/** The in-page "Open" dialog: recent documents and the library folder's files. */
export function OpenDialog({ api, onOpen, onCancel }: OpenDialogProps) {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    void api['documents.list']({}).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setListing({ state: 'failed', message: result.error.message });
        return;
      }
      const recentPaths = new Set(result.value.recent.map((d) => d.path));
      setListing({
        state: 'ready',
        recent: result.value.recent,
        library: result.value.library.filter((d) => !recentPaths.has(d.path)),
      });
    });
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <Dialog title="Open" onCancel={onCancel} className="dialog-wide">
      {listing.state === 'loading' && <p className="dialog-message">Loading documents…</p>}
      {listing.state === 'failed' && (
        <p role="alert" className="dialog-message">
          {listing.message}
        </p>
      )}
      {listing.state === 'ready' && (
        <div className="open-lists">
          {listing.recent.length === 0 && listing.library.length === 0 && (
            <p className="dialog-message">No documents yet. Create one with New.</p>
          )}
          {listing.recent.length > 0 && (
            <DocumentList heading="Recent" entries={listing.recent} onOpen={onOpen} />
          )}
          {listing.library.length > 0 && (
            <DocumentList heading="Library" entries={listing.library} onOpen={onOpen} />
          )}
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
