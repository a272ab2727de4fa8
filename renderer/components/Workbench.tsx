import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { AccordApi, Settings } from '../../shared/api';
import type { MenuCommand } from '../../shared/bridge';
import type { Workspace } from '../session/workspace';
import { EditorBridge } from '../session/editorBridge';
import type { Prompts } from '../session/prompts';
import { BackupsDialog } from './BackupsDialog';
import { EditorScreen, type MountEditor } from './EditorScreen';
import { HomeScreen } from './HomeScreen';
import { IdentityDialog } from './IdentityDialog';
import type { FileActions } from './Toolbar';
import { useStore } from './useStore';
import { downloadWithLink } from './export/exportFlow';
import { useExportUi } from './export/useExportUi';
import { useReviewUi } from './review/useReviewUi';

/** Props of {@link Workbench}. */
export interface WorkbenchProps {
  api: AccordApi;
  workspace: Workspace;
  prompts: Prompts;
  host: 'electron' | 'browser';
  settings: Settings;
  /** Ask "Who are you?" on arrival (first start). */
  askIdentity: boolean;
  mountEditor: MountEditor;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

type Panel = 'none' | 'identity' | 'backups';

/**
 * The app once started: home or editor screen, the Backups and identity dialogs, and every way a
 * command arrives (toolbar, native menu, keyboard shortcut) mapped to the same actions.
 */
export function Workbench(props: WorkbenchProps) {
  const { api, workspace, prompts, host, mountEditor, onMenuCommand } = props;
  const { session, doc, notes } = useStore(workspace, (w) => w.state);
  const [settings, setSettings] = useState(props.settings);
  const [panel, setPanel] = useState<Panel>(props.askIdentity ? 'identity' : 'none');
  const [firstRun, setFirstRun] = useState(props.askIdentity);
  const exportDeps = useMemo(
    () => ({ api, native: workspace.appInfo.nativeDialogs, download: downloadWithLink }),
    [api, workspace],
  );
  const exporting = useExportUi(session, exportDeps, prompts);
  const reviewDeps = useMemo(
    () => ({ api, native: workspace.appInfo.nativeDialogs }),
    [api, workspace],
  );
  const reviewing = useReviewUi(session, reviewDeps, prompts);
  const isReviewCopy = session !== null && session.versionsFile().review !== null;
  const bridge = useMemo(
    () => (session ? new EditorBridge(() => session.markEdited()) : null),
    [session],
  );

  const editLink = async () => {
    const handle = bridge?.handle;
    if (!handle) return;
    const href = await prompts.askText('Link', 'Address (https:, http: or mailto:)', '', 'Apply');
    if (href === '') handle.run('removeLink');
    else if (href !== null && !handle.setLink(href)) {
      await prompts.alert(
        'Could not add the link',
        'Select the text to link first, and use an address starting with https:, http: or mailto:.',
      );
    }
    handle.focus();
  };

  const run = (command: MenuCommand) => {
    const current = workspace.state.session;
    switch (command) {
      case 'new':
        return void workspace.newDocument('blank');
      case 'newFromTemplate':
        return void workspace.newDocument('untfsse-action-plan');
      case 'open':
        return void workspace.open();
      case 'save':
        return void current?.save();
      case 'saveAs':
        return void current?.saveAs();
      case 'close':
        return void workspace.close();
      case 'backups':
        return current ? setPanel('backups') : undefined;
      case 'settings':
        setFirstRun(false);
        return setPanel('identity');
      case 'undo':
      case 'redo':
        return void bridge?.handle?.run(command);
      case 'exportDocx':
        return exporting.open();
    }
  };

  const onCommand = useEffectEvent(run);
  useEffect(() => onMenuCommand((command) => onCommand(command)), [onMenuCommand]);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (document.querySelector('[aria-modal="true"]')) return;
    const key = event.key.toLowerCase();
    if (key === 's' && workspace.state.session) {
      event.preventDefault();
      run(event.shiftKey ? 'saveAs' : 'save');
    } else if (key === 'o' && !event.shiftKey) {
      event.preventDefault();
      run('open');
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // In a browser tab nothing else guards unsaved work against closing or reloading the tab.
  useEffect(() => {
    if (host !== 'browser') return;
    const listener = (event: BeforeUnloadEvent) => {
      if (!workspace.state.session?.state.dirty) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', listener);
    return () => window.removeEventListener('beforeunload', listener);
  }, [host, workspace]);

  useEffect(() => {
    if (!session) document.title = 'Accord';
  }, [session]);

  const actions: FileActions = {
    save: () => run('save'),
    saveAs: () => run('saveAs'),
    open: () => run('open'),
    newFromTemplate: () => run('newFromTemplate'),
    close: () => run('close'),
    backups: () => run('backups'),
    settings: () => run('settings'),
    link: () => void editLink(),
    exportDocx: () => run('exportDocx'),
    exporting: exporting.busy,
    ...(isReviewCopy
      ? {}
      : { sendForReview: reviewing.send, importReview: reviewing.importReview }),
  };

  return (
    <>
      {session && doc && bridge ? (
        <EditorScreen
          session={session}
          bridge={bridge}
          doc={doc}
          notes={notes}
          mountEditor={mountEditor}
          actions={actions}
          onDismissNotes={() => workspace.dismissNotes()}
          identity={settings.identity}
        />
      ) : (
        <HomeScreen api={api} workspace={workspace} onSettings={() => run('settings')} />
      )}
      {exporting.overlay}
      {reviewing.overlay}
      {panel === 'identity' && (
        <IdentityDialog
          api={api}
          current={settings.identity}
          firstRun={firstRun}
          onDone={(saved) => {
            if (saved) setSettings(saved);
            setPanel('none');
          }}
        />
      )}
      {panel === 'backups' && session && (
        <BackupsDialog
          api={api}
          path={session.state.path}
          onClose={() => setPanel('none')}
          onRestore={(backup) => {
            setPanel('none');
            void workspace.restoreBackup(backup);
          }}
        />
      )}
    </>
  );
}
