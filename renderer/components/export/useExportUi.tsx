import { useEffect, useState, type ReactNode } from 'react';
import type { Version } from '../../../shared/document/fileSchema';
import type { DocumentSession } from '../../session/documentSession';
import type { Prompts } from '../../session/prompts';
import { ExportDialog } from './ExportDialog';
import { exportToWord, type ExportChoice, type ExportDeps, type ExportOutcome } from './exportFlow';
import './export.css';

/** The export feature as the workbench places it. */
export interface ExportUi {
  /** Opens the Export to Word dialog for the open document; nothing while an export runs. */
  open: () => void;
  /** True while an export runs. */
  busy: boolean;
  /** The dialog, and the status that shows progress and then what was written. */
  overlay: ReactNode;
}

/** Review data stays out of a circulated file unless asked for. */
export const DEFAULT_CHOICE: ExportChoice = {
  options: { comments: false, changes: false, tableOfContents: false },
  against: null,
  saveVersionFirst: true,
};

/** How long "Exported …" stays on screen. */
const NOTICE_MS = 8_000;

interface Asking {
  session: DocumentSession;
  versions: readonly Version[];
}

function noticeFor(outcome: ExportOutcome & { kind: 'exported' }): string {
  const { path, fileName } = outcome.exported;
  return path === null ? `Exported ${fileName}.` : `Exported to ${path}.`;
}

/**
 * "Export to Word": the dialog, then the export in the background with a progress status (the
 * editor stays usable), then where the file went; a failure is an alert with the host's words.
 */
export function useExportUi(
  session: DocumentSession | null,
  deps: ExportDeps,
  prompts: Prompts,
): ExportUi {
  const [asking, setAsking] = useState<Asking | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [choice, setChoice] = useState(DEFAULT_CHOICE);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice((n) => (n === notice ? null : n)), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const run = async (target: DocumentSession, chosen: ExportChoice) => {
    setAsking(null);
    setChoice(chosen);
    setNotice(null);
    setBusy(true);
    let outcome: ExportOutcome;
    try {
      outcome = await exportToWord(deps, target, chosen);
    } finally {
      setBusy(false);
    }
    if (outcome.kind === 'exported') setNotice(noticeFor(outcome));
    else if (outcome.kind === 'failed')
      await prompts.alert('Could not export to Word', outcome.message);
  };

  // The dialog belongs to the document it was opened for; another document closes it.
  const shown = asking && asking.session === session ? asking : null;
  const overlay = (
    <>
      {shown && (
        <ExportDialog
          versions={shown.versions}
          initial={choice}
          onExport={(chosen) => void run(shown.session, chosen)}
          onCancel={() => setAsking(null)}
        />
      )}
      <div className="export-status" role="status">
        {busy ? (
          <>
            <span className="export-spinner" role="progressbar" aria-label="Exporting to Word" />
            Exporting…
          </>
        ) : (
          (notice ?? '')
        )}
      </div>
    </>
  );

  return {
    open: () => {
      if (session && !busy) setAsking({ session, versions: session.state.versions });
    },
    busy,
    overlay,
  };
}
