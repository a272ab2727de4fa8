import { useEffect, useState } from 'react';
import type { AccordApi, Settings } from '../shared/api';
import type { MenuCommand } from '../shared/bridge';
import { DialogHost } from './components/DialogHost';
import type { MountEditor } from './components/EditorScreen';
import { useStore } from './components/useStore';
import { Workbench } from './components/Workbench';
import { DialogQueue, dialogPrompts } from './session/dialogQueue';
import type { Prompts } from './session/prompts';
import { Workspace } from './session/workspace';

/** What the app needs from its surroundings; main.tsx passes the real ones, tests fakes. */
export interface AppProps {
  api: AccordApi;
  host: 'electron' | 'browser';
  mountEditor: MountEditor;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  onOpenFile: (listener: (path: string) => void) => () => void;
}

type Boot =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | {
      state: 'ready';
      workspace: Workspace;
      prompts: Prompts;
      settings: Settings;
      askIdentity: boolean;
    };

/**
 * Starts the app: asks the host what it can do and who the user is, then shows the workbench.
 * Files the OS asks to open before that are kept and opened once ready.
 */
export function App({ api, host, mountEditor, onMenuCommand, onOpenFile }: AppProps) {
  const [queue] = useState(() => new DialogQueue());
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    let workspace: Workspace | null = null;
    const pending: string[] = [];
    const unsubscribe = onOpenFile((path) => {
      if (workspace) void workspace.openPath(path);
      else pending.push(path);
    });
    void Promise.all([api['app.info']({}), api['settings.get']({})]).then(([info, settings]) => {
      if (!live) return;
      if (!info.ok) {
        setBoot({ state: 'failed', message: info.error.message });
        return;
      }
      const prompts = dialogPrompts(queue);
      const ready = new Workspace({ api, appInfo: info.value, prompts });
      workspace = ready;
      setBoot({
        state: 'ready',
        workspace: ready,
        prompts,
        settings: settings.ok ? settings.value : { identity: null },
        askIdentity: settings.ok && settings.value.identity === null,
      });
      for (const path of pending.splice(0)) void ready.openPath(path);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api, queue, onOpenFile]);

  // While a queued dialog is up, the rest of the app is out of reach of keyboard and pointer.
  const modal = useStore(queue, (q) => q.current !== null);

  return (
    <>
      <div className="app" inert={modal}>
        {boot.state === 'loading' && <p className="app-loading">Starting Accord…</p>}
        {boot.state === 'failed' && (
          <p role="alert" className="app-failed">
            Accord could not start: {boot.message}
          </p>
        )}
        {boot.state === 'ready' && (
          <Workbench
            api={api}
            workspace={boot.workspace}
            prompts={boot.prompts}
            host={host}
            settings={boot.settings}
            askIdentity={boot.askIdentity}
            mountEditor={mountEditor}
            onMenuCommand={onMenuCommand}
          />
        )}
      </div>
      <DialogHost queue={queue} api={api} />
    </>
  );
}
