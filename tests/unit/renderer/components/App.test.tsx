// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { newAccordFile } from '../../../../shared/document/create';
import type { MenuCommand } from '../../../../shared/bridge';
import { App } from '../../../../renderer/App';
import { docTitled, FakeHandle, FakeHost } from '../session/fakes';
import { click, getByRole, render, settle, typeInto } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** Renders the whole app over a fake host and a fake editor. */
async function start(host = new FakeHost(), identity = true) {
  if (identity) {
    host.handlers['settings.get'] = () =>
      Promise.resolve({
        ok: true,
        value: { identity: { name: 'Ana', initials: 'A', organization: 'ILO' } },
      });
  }
  const editors: FakeHandle[] = [];
  const menu = new Set<(c: MenuCommand) => void>();
  const files = new Set<(p: string) => void>();
  const mountEditor = (_place: HTMLElement, options: { doc: Node; editable: boolean }) => {
    const handle = new FakeHandle(options.doc, options.editable);
    editors.push(handle);
    return handle;
  };
  const view = await render(
    <App
      api={host.api}
      host="browser"
      mountEditor={mountEditor}
      onMenuCommand={(l) => {
        menu.add(l);
        return () => menu.delete(l);
      }}
      onOpenFile={(l) => {
        files.add(l);
        return () => files.delete(l);
      }}
    />,
  );
  cleanup = view.unmount;
  await settle();
  const sendMenu = async (command: MenuCommand) => {
    await act(async () => {
      for (const l of menu) l(command);
      await Promise.resolve();
    });
    await settle();
  };
  const openFromOs = async (path: string) => {
    await act(async () => {
      for (const l of files) l(path);
      await Promise.resolve();
    });
    await settle();
  };
  const editor = () => {
    const last = editors.at(-1);
    if (!last) throw new Error('no editor mounted');
    return last;
  };
  return { ...view, host, editors, editor, sendMenu, openFromOs };
}

const status = (root: HTMLElement) => root.querySelector('.status-save')?.textContent;

describe('App', () => {
  it('asks “Who are you?” on first start and saves the identity', async () => {
    const host = new FakeHost();
    const { container } = await start(host, false);
    const dialog = getByRole(container, 'dialog', 'Who are you?');
    const [name, , organization] = Array.from(dialog.querySelectorAll('input'));
    await typeInto(name as HTMLInputElement, 'Ana María López');
    await typeInto(organization as HTMLInputElement, 'UNRISD');
    await click(getByRole(dialog, 'button', 'Save'));
    await settle();
    expect(host.callsTo('settings.setIdentity')).toEqual([
      { identity: { name: 'Ana María López', initials: 'AML', organization: 'UNRISD' } },
    ]);
    expect(container.querySelector('[role="dialog"]')).toBeNull();
  });

  it('keeps the identity dialog open with the reason when saving it fails', async () => {
    const host = new FakeHost();
    host.failures.set('settings.setIdentity', { code: 'io-error', message: 'Settings locked.' });
    const { container } = await start(host, false);
    const dialog = getByRole(container, 'dialog', 'Who are you?');
    await click(getByRole(dialog, 'button', 'Save'));
    expect(getByRole(dialog, 'alert').textContent).toBe('Enter your name, or choose Skip.');
    await typeInto(dialog.querySelector('input') as HTMLInputElement, 'Ana');
    await click(getByRole(dialog, 'button', 'Save'));
    await settle();
    expect(getByRole(dialog, 'alert').textContent).toBe('Settings locked.');
  });

  it('lets the user skip the identity question', async () => {
    const host = new FakeHost();
    const { container } = await start(host, false);
    await click(getByRole(container, 'button', 'Skip'));
    expect(container.querySelector('[role="dialog"]')).toBeNull();
    expect(host.callsTo('settings.setIdentity')).toEqual([]);
  });

  it('creates a document, tracks edits and saves it through the in-page Save as dialog', async () => {
    const { container, host, editor } = await start();
    await click(getByRole(container, 'button', 'New'));
    await settle();
    expect(getByRole(container, 'toolbar', 'Editing')).toBeTruthy();
    expect(status(container)).toBe('Saved');

    await act(async () => {
      editor().edit(docTitled('Regional plan', 'Typed text.'));
      await Promise.resolve();
    });
    expect(status(container)).toBe('Unsaved changes');

    await click(getByRole(container, 'button', 'Save'));
    await settle();
    const dialog = getByRole(container, 'dialog', 'Save as');
    expect(dialog.querySelector('input')?.value).toBe('Regional plan.accord');
    await click(getByRole(dialog, 'button', 'Save'));
    await settle();
    expect(host.files.has('/home/ana/Accord/Regional plan.accord')).toBe(true);
    expect(status(container)).toBe('Saved');
    expect(container.querySelector('.status-name')?.textContent).toBe('Regional plan.accord');
  });

  it('saves with Ctrl+S', async () => {
    const { container, editor } = await start();
    await click(getByRole(container, 'button', 'New'));
    await settle();
    await act(async () => {
      editor().edit(docTitled('A', 'x'));
      window.dispatchEvent(
        new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true }),
      );
      await Promise.resolve();
    });
    await settle();
    expect(getByRole(container, 'dialog', 'Save as')).toBeTruthy();
  });

  it('shows an open failure naming the file and stays on the home screen', async () => {
    const { container, openFromOs } = await start();
    await openFromOs('/docs/missing.accord');
    const dialog = getByRole(container, 'dialog', 'Could not open “missing.accord”');
    expect(getByRole(dialog, 'alert').textContent).toContain('was not found');
    await click(getByRole(dialog, 'button', 'OK'));
    expect(getByRole(container, 'button', 'New from template')).toBeTruthy();
  });

  it('runs native menu commands as the same actions', async () => {
    const { container, sendMenu, editor, host } = await start();
    await sendMenu('newFromTemplate');
    expect(host.callsTo('documents.create')).toEqual([{ template: 'untfsse-action-plan' }]);
    await sendMenu('undo');
    expect(editor().ran).toEqual(['undo']);
    await act(async () => {
      editor().edit(docTitled('Action plan', 'changed'));
      await Promise.resolve();
    });
    await sendMenu('close');
    const dialog = getByRole(container, 'dialog', 'Save changes to “Action plan”?');
    await click(getByRole(dialog, 'button', 'Cancel'));
    await settle();
    expect(getByRole(container, 'toolbar', 'Editing')).toBeTruthy();
    await sendMenu('close');
    await click(getByRole(container, 'button', 'Don’t save'));
    await settle();
    expect(container.querySelector('[role="toolbar"]')).toBeNull();
    expect(editor().destroyed).toBe(true);
  });

  it('opens a read-only document not editable, says why, and offers Backups of its file', async () => {
    const host = new FakeHost();
    host.put('/docs/a.accord', newAccordFile(docTitled('A')));
    const open = host.handlers['documents.open'];
    host.handlers['documents.open'] = async (args) => {
      const result = await open(args);
      return result.ok
        ? {
            ok: true,
            value: { ...result.value, readOnly: true, readOnlyReason: 'Ana has it open' },
          }
        : result;
    };
    host.backups.set('/docs/a.accord', [
      {
        entry: { id: 'b1', savedAt: '2025-01-01T00:00:00Z', size: 4096, title: 'A' },
        file: newAccordFile(docTitled('A')),
      },
    ]);
    const { container, openFromOs, editor } = await start(host);
    await openFromOs('/docs/a.accord');
    expect(editor().editable).toBe(false);
    expect(container.querySelector('.status-readonly')?.textContent).toBe(
      'Read-only: Ana has it open',
    );
    expect(getByRole(container, 'button', 'Save').hasAttribute('disabled')).toBe(true);
    await click(getByRole(container, 'button', 'Backups'));
    await settle();
    const dialog = getByRole(container, 'dialog', 'Backups');
    expect(dialog.textContent).toContain('4 KB');
    expect(getByRole(dialog, 'button', 'Restore')).toBeTruthy();
  });

  it('shows loading notes in an info banner that can be dismissed', async () => {
    const host = new FakeHost();
    host.put('/docs/a.accord', newAccordFile(docTitled('A')));
    const open = host.handlers['documents.open'];
    host.handlers['documents.open'] = async (args) => {
      const result = await open(args);
      return result.ok ? { ok: true, value: { ...result.value, notes: ['Upgraded.'] } } : result;
    };
    const { container, openFromOs } = await start(host);
    await openFromOs('/docs/a.accord');
    const banner = container.querySelector('.banner-info');
    expect(banner?.textContent).toContain('Upgraded.');
    await click(getByRole(container, 'button', 'Dismiss'));
    expect(container.querySelector('.banner-info')).toBeNull();
  });
});
