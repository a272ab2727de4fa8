import { useEffect, useState } from 'react';
import type { AccordApi, DocumentEntry, RecoveryEntry } from '../../shared/api';
import type { Workspace } from '../session/workspace';
import { DocumentList } from './DocumentList';
import { RecoveryList } from './RecoveryList';

/** Props of {@link HomeScreen}. */
export interface HomeScreenProps {
  api: AccordApi;
  workspace: Workspace;
  onSettings: () => void;
}

interface Lists {
  recent: DocumentEntry[];
  recoveries: RecoveryEntry[];
  error: string | null;
}

/** The start screen: New, New from template, Open, recent documents and unsaved work to recover. */
export function HomeScreen({ api, workspace, onSettings }: HomeScreenProps) {
  const [lists, setLists] = useState<Lists | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([api['documents.list']({}), api['documents.recoveries']({})]).then(
      ([list, recoveries]) => {
        if (!live) return;
        const failed = [list, recoveries].find((r) => !r.ok);
        setLists({
          recent: list.ok ? list.value.recent : [],
          recoveries: recoveries.ok ? recoveries.value : [],
          error: failed && !failed.ok ? failed.error.message : null,
        });
      },
    );
    return () => {
      live = false;
    };
  }, [api, generation]);

  const reload = () => setGeneration((g) => g + 1);

  return (
    <main className="home" aria-labelledby="home-title">
      <header className="home-header">
        <h1 id="home-title">Accord</h1>
        <p className="home-tagline">Draft, review and circulate inter-agency action plans.</p>
        <button type="button" className="quiet" onClick={onSettings}>
          Settings
        </button>
      </header>
      <div className="home-actions" role="group" aria-label="Start">
        <button
          type="button"
          className="primary"
          onClick={() => void workspace.newDocument('blank')}
        >
          New
        </button>
        <button
          type="button"
          aria-label="New from template"
          title="New from template"
          onClick={() => void workspace.newDocument('untfsse-action-plan')}
        >
          New from template
          <span className="button-detail">UNTFSSE Action Plan</span>
        </button>
        <button type="button" onClick={() => void workspace.open()}>
          Open
        </button>
      </div>
      {lists?.error && (
        <p role="alert" className="home-error">
          {lists.error}
        </p>
      )}
      {lists && lists.recoveries.length > 0 && (
        <RecoveryList
          entries={lists.recoveries}
          onRecover={(id) => void workspace.recover(id)}
          onDiscard={(entry) =>
            void workspace.discardRecovery(entry.id, entry.title || 'Untitled').then(reload)
          }
        />
      )}
      <div className="home-recent">
        {lists === null && <p>Loading…</p>}
        {lists && lists.recent.length > 0 && (
          <DocumentList
            heading="Recent documents"
            entries={lists.recent}
            onOpen={(path) => void workspace.openPath(path).then((opened) => opened || reload())}
          />
        )}
        {lists && lists.recent.length === 0 && (
          <p className="home-empty">No recent documents. Start with New or New from template.</p>
        )}
      </div>
    </main>
  );
}
