import { useState, type ReactNode } from 'react';
import type { ImportedReviews } from '../../../shared/api';
import type { DocumentSession } from '../../session/documentSession';
import type { Prompts } from '../../session/prompts';
import { ImportReport } from './ImportReport';
import { ImportReviewDialog } from './ImportReviewDialog';
import { importReviews, sendForReview, type ReviewDeps, type SendRequest } from './reviewFlow';
import { SendForReviewDialog } from './SendForReviewDialog';
import './review.css';

/** Review rounds as the workbench places them. */
export interface ReviewUi {
  /** Opens "Send for review" for the open document. */
  send: () => void;
  /** Opens "Import review" for the open document. */
  importReview: () => void;
  /** The dialogs and the notice after sending. */
  overlay: ReactNode;
}

type Stage =
  | { kind: 'none' }
  | { kind: 'send'; session: DocumentSession; busy: boolean }
  | { kind: 'import'; session: DocumentSession; busy: boolean }
  | { kind: 'report'; session: DocumentSession; result: ImportedReviews };

function sentNotice(copyPath: string, wordPath: string | null, saved: boolean): string {
  const word = wordPath ? ` and the Word file ${wordPath}` : '';
  const master = saved ? '' : ' Save this document to keep the “Sent for review” version.';
  return `Review copy written: ${copyPath}${word}.${master}`;
}

/**
 * "Send for review" and "Import review": their dialogs, the work (through the host), the import
 * report, and a notice saying where the copy went. Failures are alerts in the host's words.
 */
export function useReviewUi(
  session: DocumentSession | null,
  deps: ReviewDeps,
  prompts: Prompts,
): ReviewUi {
  const [stage, setStage] = useState<Stage>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setStage({ kind: 'none' });

  const send = async (target: DocumentSession, request: SendRequest) => {
    setStage({ kind: 'send', session: target, busy: true });
    const outcome = await sendForReview(deps, target, request);
    if (outcome.kind === 'cancelled') {
      setStage({ kind: 'send', session: target, busy: false });
      return;
    }
    close();
    if (outcome.kind === 'failed')
      await prompts.alert('Could not send for review', outcome.message);
    else
      setNotice(
        sentNotice(outcome.copyPath, outcome.wordPath, outcome.saved) +
          (outcome.warning ? ` ${outcome.warning}` : ''),
      );
  };

  const importPaths = async (target: DocumentSession, paths: string[]) => {
    setStage({ kind: 'import', session: target, busy: true });
    const outcome = await importReviews(deps, target, paths);
    if (outcome.kind === 'failed') {
      close();
      await prompts.alert('Could not import the review', outcome.message);
      return;
    }
    setStage({ kind: 'report', session: target, result: outcome.result });
  };

  // A dialog belongs to the document it was opened for; another document closes it.
  const shown = stage.kind !== 'none' && stage.session === session ? stage : null;
  const overlay = (
    <>
      {shown?.kind === 'send' && (
        <SendForReviewDialog
          title={shown.session.state.title}
          busy={shown.busy}
          onSend={(request) => void send(shown.session, request)}
          onCancel={close}
        />
      )}
      {shown?.kind === 'import' && (
        <ImportReviewDialog
          api={deps.api}
          currentPath={shown.session.state.path}
          native={deps.native}
          busy={shown.busy}
          onImport={(paths) => void importPaths(shown.session, paths)}
          onCancel={close}
        />
      )}
      {shown?.kind === 'report' && <ImportReport result={shown.result} onClose={close} />}
      <div className="review-status" role="status">
        {notice ? (
          <>
            {notice}{' '}
            <button
              type="button"
              className="review-status-close"
              aria-label="Dismiss"
              onClick={() => setNotice(null)}
            >
              ×
            </button>
          </>
        ) : null}
      </div>
    </>
  );

  return {
    send: () => {
      if (session) setStage({ kind: 'send', session, busy: false });
    },
    importReview: () => {
      if (session) setStage({ kind: 'import', session, busy: false });
    },
    overlay,
  };
}
