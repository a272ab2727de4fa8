import type { AccordApi } from '../../shared/api';
import type { DialogQueue, DialogRequest } from '../session/dialogQueue';
import { Dialog } from './Dialog';
import { OpenDialog } from './OpenDialog';
import { SaveAsDialog } from './SaveAsDialog';
import { TextDialog } from './TextDialog';
import { useStore } from './useStore';

/** Props of {@link DialogHost}. */
export interface DialogHostProps {
  queue: DialogQueue;
  api: AccordApi;
}

/** Shows the first dialog the document flows are waiting on. */
export function DialogHost({ queue, api }: DialogHostProps) {
  const request = useStore(queue, (q) => q.current);
  if (!request) return null;
  return <QueuedDialog key={request.id} request={request} api={api} />;
}

function QueuedDialog({ request, api }: { request: DialogRequest; api: AccordApi }) {
  switch (request.kind) {
    case 'alert': {
      const done = () => request.cancel();
      return (
        <Dialog title={request.spec.title} onCancel={done}>
          <p role="alert" className="dialog-message">
            {request.spec.message}
          </p>
          <div className="dialog-buttons">
            <button type="button" className="primary" data-autofocus onClick={done}>
              OK
            </button>
          </div>
        </Dialog>
      );
    }
    case 'choice': {
      const { spec } = request;
      return (
        <Dialog title={spec.title} onCancel={() => request.cancel()}>
          <p className="dialog-message">{spec.message}</p>
          <div className="dialog-buttons">
            {spec.choices.map((choice, i) => (
              <button
                key={choice.value}
                type="button"
                className={i === 0 ? 'primary' : undefined}
                data-autofocus={i === 0 ? true : undefined}
                onClick={() => request.answer(choice.value)}
              >
                {choice.label}
              </button>
            ))}
          </div>
        </Dialog>
      );
    }
    case 'text':
      return (
        <TextDialog {...request.spec} onSubmit={request.answer} onCancel={() => request.cancel()} />
      );
    case 'saveAs':
      return (
        <SaveAsDialog
          suggested={request.spec.suggested}
          folder={request.spec.folder}
          onSubmit={request.answer}
          onCancel={() => request.cancel()}
        />
      );
    case 'open':
      return <OpenDialog api={api} onOpen={request.answer} onCancel={() => request.cancel()} />;
  }
}
