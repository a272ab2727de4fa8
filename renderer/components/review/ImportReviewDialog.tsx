import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AccordApi, DocumentEntry } from '../../../shared/api';
import { Dialog } from '../Dialog';
import { DialogButtons } from '../DialogButtons';
import { formatTime } from '../format';

/** Props of {@link ImportReviewDialog}. */
export interface ImportReviewDialogProps {
  api: AccordApi;
  /** The open document's own file, never offered as a copy. */
  currentPath: string | null;
  /** Whether a native Open dialog can add files from elsewhere (Electron). */
  native: boolean;
  busy: boolean;
  onImport: (paths: string[]) => void;
  onCancel: () => void;
}

function mergeLists(
  lists: readonly (readonly DocumentEntry[])[],
  skip: string | null,
): DocumentEntry[] {
  const seen = new Set<string>(skip === null ? [] : [skip]);
  const out: DocumentEntry[] = [];
  for (const entry of lists.flat()) {
    if (seen.has(entry.path)) continue;
    seen.add(entry.path);
    out.push(entry);
  }
  return out;
}

/**
 * "Import review": choose one or more returned copies, from the documents list (the library and
 * recent files; the browser has no file dialog) or, where there is one, the system's Open dialog.
 */
export function ImportReviewDialog({
  api,
  currentPath,
  native,
  busy,
  onImport,
  onCancel,
}: ImportReviewDialogProps) {
  const [entries, setEntries] = useState<DocumentEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const listId = useId();

  useEffect(() => {
    let live = true;
    void api['documents.list']({}).then((listed) => {
      if (!live) return;
      if (listed.ok)
        setEntries(mergeLists([listed.value.library, listed.value.recent], currentPath));
      else setProblem(listed.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, currentPath]);

  const toggle = (path: string, on: boolean) =>
    setChosen((was) =>
      on ? [...was.filter((p) => p !== path), path] : was.filter((p) => p !== path),
    );

  const pick = async () => {
    const picked = await api['documents.pickOpenPath']({});
    if (!picked.ok) {
      if (picked.error.code !== 'cancelled') setProblem(picked.error.message);
      return;
    }
    const path = picked.value;
    const name = path.split(/[\\/]/).pop() ?? path;
    setEntries((was) =>
      mergeLists([[{ path, name, title: '', modified: '', size: 0 }], was ?? []], currentPath),
    );
    toggle(path, true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length && !busy) onImport(chosen);
  };

  return (
    <Dialog title="Import review" onCancel={onCancel} className="dialog-wide">
      <form onSubmit={submit} className="review-form">
        <p className="field-hint" id={listId}>
          Choose the review copies that came back. Their comments and suggestions join this
          document, each in its reviewer’s name; where a reviewer and this document changed the same
          words, both are kept and marked as a conflict.
        </p>
        {problem && (
          <p className="review-problem" role="alert">
            {problem}
          </p>
        )}
        {entries === null && !problem && <p>Loading the documents list…</p>}
        {entries !== null && entries.length === 0 && (
          <p>There are no other documents in the library.</p>
        )}
        {entries !== null && entries.length > 0 && (
          <ul className="review-choices" aria-labelledby={listId}>
            {entries.map((entry) => (
              <li key={entry.path}>
                <label className="review-check" title={entry.path}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(entry.path)}
                    onChange={(e) => toggle(entry.path, e.target.checked)}
                  />
                  <span className="review-choice-name">{entry.name}</span>
                  {entry.title && <span className="review-choice-title">{entry.title}</span>}
                  {entry.modified && (
                    <time className="review-choice-time" dateTime={entry.modified}>
                      {formatTime(entry.modified)}
                    </time>
                  )}
                </label>
              </li>
            ))}
          </ul>
        )}
        <DialogButtons
          submitLabel={busy ? 'Importing…' : 'Import'}
          disabled={busy || chosen.length === 0}
          busy={busy}
          onCancel={onCancel}
        >
          {native && (
            <button type="button" onClick={() => void pick()}>
              Choose a file…
            </button>
          )}
        </DialogButtons>
      </form>
    </Dialog>
  );
}
