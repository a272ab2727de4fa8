// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Node } from 'prosemirror-model';
import type { ExportedFile } from '../../../../shared/api';
import type { MenuCommand } from '../../../../shared/bridge';
import { ok, type Result } from '../../../../shared/result';
import { App } from '../../../../renderer/App';
import { appInfo, FakeHandle, FakeHost } from '../session/fakes';
import { byRole, click, getByRole, render, settle } from '../components/render';

const ana = { name: 'Ana Ruiz', initials: 'AR', organization: 'ILO' };
const KEPT: ExportedFile = {
  path: null,
  downloadId: 'dl-7',
  fileName: 'Action plan.docx',
  bytes: 4096,
};

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  vi.restoreAllMocks();
});

/** The whole app over a fake host with a new document from the template open. */
async function start(options: { native?: boolean } = {}) {
  const host = new FakeHost();
  host.handlers['settings.get'] = () => Promise.resolve(ok({ identity: ana }));
  host.handlers['app.info'] = () =>
    Promise.resolve(ok(appInfo({ nativeDialogs: options.native ?? false })));
  host.handlers['export.docx'] = () => Promise.resolve(ok(KEPT));
  const downloads: { href: string | null; download: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ href: this.getAttribute('href'), download: this.download });
  });
  const menu = new Set<(c: MenuCommand) => void>();
  const view = await render(
    <App
      api={host.api}
      host={options.native ? 'electron' : 'browser'}
      mountEditor={(_place: HTMLElement, o: { doc: Node; editable: boolean }) =>
        new FakeHandle(o.doc, o.editable)
      }
      onMenuCommand={(l) => {
        menu.add(l);
        return () => menu.delete(l);
      }}
      onOpenFile={() => () => {}}
    />,
  );
  cleanup = view.unmount;
  await settle();
  const { container } = view;
  await click(getByRole(container, 'button', 'New from template'));
  await settle();
  const sendMenu = async (command: MenuCommand) => {
    await act(async () => {
      for (const l of menu) l(command);
      await Promise.resolve();
    });
  };
  const exportDialog = () => getByRole(container, 'dialog', 'Export to Word');
  const checkbox = (label: string) => {
    const found = Array.from(exportDialog().querySelectorAll('label')).find(
      (l) => l.textContent === label,
    );
    const input = found?.querySelector('input');
    if (!input) throw new Error(`no checkbox “${label}”`);
    return input;
  };
  const status = () => container.querySelector('.export-status');
  return { host, container, downloads, sendMenu, exportDialog, checkbox, status };
}

/** Clicks Export in the dialog and lets the export run to its end. */
async function confirm(dialog: HTMLElement): Promise<void> {
  await click(getByRole(dialog, 'button', 'Export'));
  await settle();
}

describe('the Export to Word dialog', () => {
  it('opens from the toolbar and the menu with review data off, no revised text and a version first', async () => {
    const { container, sendMenu, exportDialog, checkbox } = await start();
    await click(getByRole(container, 'button', 'Export to Word'));
    expect(checkbox('Include comments').checked).toBe(false);
    expect(checkbox('Include tracked changes').checked).toBe(false);
    expect(checkbox('Table of contents').checked).toBe(false);
    expect(checkbox('Save a version first (for circulation)').checked).toBe(true);
    const against = exportDialog().querySelector('select');
    expect(against?.value).toBe('');
    expect(Array.from(against?.options ?? [], (o) => o.text)).toEqual(['None']);

    await click(getByRole(exportDialog(), 'button', 'Cancel'));
    expect(byRole(container, 'dialog')).toEqual([]);
    await sendMenu('exportDocx');
    expect(exportDialog()).toBeTruthy();
  });

  it('cancelling calls nothing', async () => {
    const { host, container, exportDialog } = await start();
    await click(getByRole(container, 'button', 'Export to Word'));
    await click(getByRole(exportDialog(), 'button', 'Cancel'));
    await settle();
    expect(host.callsTo('export.docx')).toEqual([]);
    expect(host.callsTo('export.pickPath')).toEqual([]);
  });

  it('in the browser exports with the chosen options, shows progress with the editor usable, then downloads', async () => {
    const { host, container, downloads, exportDialog, checkbox, status } = await start();
    let finish: (result: Result<ExportedFile>) => void = () => {};
    host.handlers['export.docx'] = () => new Promise((resolve) => (finish = resolve));
    await click(getByRole(container, 'button', 'Export to Word'));
    await click(checkbox('Include comments'));
    await click(checkbox('Table of contents'));
    await confirm(exportDialog());

    const call = host.callsTo('export.docx')[0];
    expect(call?.options).toEqual({ comments: true, changes: false, tableOfContents: true });
    expect(call?.outputPath).toBeNull();
    // While the host works: a progress bar and a busy button, and no dialog over the editor.
    expect(getByRole(container, 'progressbar', 'Exporting to Word')).toBeTruthy();
    expect(status()?.textContent).toBe('Exporting…');
    const button = getByRole(container, 'button', 'Export to Word');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(byRole(container, 'dialog')).toEqual([]);
    expect(container.querySelector('[inert]')).toBeNull();
    expect(downloads).toEqual([]);

    await act(async () => {
      finish(ok(KEPT));
      await Promise.resolve();
    });
    await settle();
    expect(downloads).toEqual([{ href: '/download/dl-7', download: 'Action plan.docx' }]);
    expect(status()?.textContent).toBe('Exported Action plan.docx.');
    expect(byRole(container, 'progressbar')).toEqual([]);
    expect(button.getAttribute('aria-busy')).toBe('false');
  });

  it('saves the version “Before export …” first, which the next export offers for revised text', async () => {
    const { host, container, exportDialog } = await start();
    await click(getByRole(container, 'button', 'Export to Word'));
    await confirm(exportDialog());
    const [first] = host.callsTo('export.docx');
    const saved = first?.file.versions.list ?? [];
    expect(saved.map((v) => [v.reason, v.author.name])).toEqual([['export', 'Ana Ruiz']]);
    expect(saved[0]?.name).toMatch(/^Before export \d{4}-\d\d-\d\d \d\d:\d\d$/);

    await click(getByRole(container, 'button', 'Export to Word'));
    const against = exportDialog().querySelector('select');
    if (!against) throw new Error('no select');
    const option = against.options[1];
    expect(option?.text).toContain(saved[0]?.name ?? '?');
    await act(async () => {
      against.value = option?.value ?? '';
      against.dispatchEvent(new Event('change', { bubbles: true }));
      await Promise.resolve();
    });
    await click(
      Array.from(exportDialog().querySelectorAll('input')).find((i) =>
        i.parentElement?.textContent?.startsWith('Save a version first'),
      ) as HTMLElement,
    );
    await confirm(exportDialog());
    const second = host.callsTo('export.docx')[1];
    expect(second?.against).toBe(saved[0]?.id);
    // No second version: the user unchecked it this time.
    expect(second?.file.versions.list).toHaveLength(1);
  });

  it('in Electron writes where the user chose and says where', async () => {
    const { host, container, downloads, exportDialog, status } = await start({ native: true });
    host.handlers['export.pickPath'] = () => Promise.resolve(ok('/home/ana/Plan.docx'));
    host.handlers['export.docx'] = ({ outputPath }) =>
      Promise.resolve(ok({ path: outputPath, downloadId: null, fileName: 'Plan.docx', bytes: 10 }));
    await click(getByRole(container, 'button', 'Export to Word'));
    await confirm(exportDialog());

    expect(host.callsTo('export.pickPath')).toEqual([{ suggestedName: 'Action plan' }]);
    expect(host.callsTo('export.docx')[0]?.outputPath).toBe('/home/ana/Plan.docx');
    expect(status()?.textContent).toBe('Exported to /home/ana/Plan.docx.');
    expect(downloads).toEqual([]);
  });

  it('in Electron does nothing when the user cancels the place to write', async () => {
    const { host, container, exportDialog, status } = await start({ native: true });
    await click(getByRole(container, 'button', 'Export to Word'));
    await confirm(exportDialog());

    expect(host.callsTo('export.pickPath')).toHaveLength(1);
    expect(host.callsTo('export.docx')).toEqual([]);
    expect(byRole(container, 'dialog')).toEqual([]);
    expect(status()?.textContent).toBe('');
    // No version either: the Versions count is unchanged when reopening the dialog.
    await click(getByRole(container, 'button', 'Export to Word'));
    expect(exportDialog().querySelector('select')?.options).toHaveLength(1);
  });

  it('shows the host’s message in an alert when the export fails and starts no download', async () => {
    const { host, container, downloads, exportDialog, status } = await start();
    host.failures.set('export.docx', { code: 'io-error', message: 'The export could not run.' });
    await click(getByRole(container, 'button', 'Export to Word'));
    await confirm(exportDialog());

    const alert = getByRole(container.ownerDocument.body, 'dialog', 'Could not export to Word');
    expect(getByRole(alert, 'alert').textContent).toBe('The export could not run.');
    expect(downloads).toEqual([]);
    expect(status()?.textContent).toBe('');
    expect(getByRole(container, 'button', 'Export to Word').getAttribute('aria-busy')).toBe(
      'false',
    );
  });
});
