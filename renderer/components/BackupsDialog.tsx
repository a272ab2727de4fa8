import { useEffect, useState } from 'react';
import type { AccordApi, BackupEntry } from '../../shared/api';
import { Dialog } from './Dialog';
import { formatSize, formatTime } from './format';

/** Props of {@link BackupsDialog}. */
export interface BackupsDialogProps {
  api: AccordApi;
  /** The document's file; null for a document never saved (it has no backups). */
  path: string | null;
  onRestore: (backup: BackupEntry) => void;
  onClose: () => void;
}

type Listing =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; backups: BackupEntry[] };

/** Lists the rotating backups of the open document's file, newest first, each restorable. */
export function BackupsDialog({ api, path, onRestore, onClose }: BackupsDialogProps) {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });

  useEffect(() => {
    if (path === null) return;
    let live = true;
    void api['documents.backups']({ path }).then((result) => {
      if (!live) return;
      setListing(
        result.ok
          ? {
              state: 'ready',
              backups: [...result.value].sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
            }
          : { state: 'failed', message: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [api, path]);

  return (
    <Dialog title="Backups" onCancel={onClose} className="dialog-wide">
      {path === null ? (
        <p className="dialog-message">Backups are kept once the document has been saved.</p>
      ) : listing.state === 'loading' ? (
        <p className="dialog-message">Loading backups…</p>
      ) : listing.state === 'failed' ? (
        <p role="alert" className="dialog-message">
          {listing.message}
        </p>
      ) : listing.backups.length === 0 ? (
        <p className="dialog-message">No backups yet. One is kept each time you save.</p>
      ) : (
        <table className="backups">
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">Title</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.backups.map((backup) => (
              <tr key={backup.id}>
                <td>
                  <time dateTime={backup.savedAt}>{formatTime(backup.savedAt)}</time>
                </td>
                <td>{backup.title || 'Untitled'}</td>
                <td>{formatSize(backup.size)}</td>
                <td>
                  <button type="button" onClick={() => onRestore(backup)}>
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
