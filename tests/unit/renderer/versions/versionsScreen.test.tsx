// @vitest-environment happy-dom
import { act } from 'react';
import type { Node } from 'prosemirror-model';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/result';
import { EditorScreen } from '../../../../renderer/components/EditorScreen';
import type { FileActions } from '../../../../renderer/components/Toolbar';
import { DocumentSession } from '../../../../renderer/session/documentSession';
import { EditorBridge } from '../../../../renderer/session/editorBridge';
import { doc, heading, para } from '../../shared/diff/builders';
import { click, getByRole, render, settle, typeInto } from '../components/render';
import { appInfo, FakeHandle, FakeHost, opened, ScriptedPrompts } from '../session/fakes';
import { ana } from './fixtures';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const draft = (text: string) =>
  doc(heading('h1', 1, 'Introduction'), para('p1', text), para('p2', 'Unchanged.'));

const noop = () => undefined;
const actions: FileActions = {
  save: noop,
  saveAs: noop,
  open: noop,
  newFromTemplate: noop,
  close: noop,
  backups: noop,
  settings: noop,
  link: noop,
};

async function renderScreen() {
  const host = new FakeHost();
  host.handlers['settings.get'] = () => Promise.resolve(ok({ identity: ana }));
  const start = draft('The words as first drafted.');
  const session = new DocumentSession(
    { api: host.api, appInfo: appInfo(), prompts: new ScriptedPrompts() },
    opened(start),
    start,
  );
  const bridge = new EditorBridge(() => session.markEdited());
  let handle: FakeHandle | null = null;
  const mountEditor = (_place: HTMLElement, options: { doc: Node; editable: boolean }) =>
    (handle = new FakeHandle(options.doc, options.editable));
  const view = await render(
    <EditorScreen
      session={session}
      bridge={bridge}
      doc={start}
      notes={[]}
      mountEditor={mountEditor}
      actions={actions}
      onDismissNotes={noop}
      identity={ana}
    />,
  );
  cleanup = view.unmount;
  const { container } = view;
  const button = (name: string, root: ParentNode = document.body) =>
    getByRole(root, 'button', name);
  const dialog = () => document.body.querySelector<HTMLElement>('[role="dialog"]');
  const item = (name: string) =>
    Array.from(container.querySelectorAll<HTMLElement>('li.version')).find(
      (li) => li.querySelector('h3')?.textContent === name,
    )!;
  const type = async (text: string) => {
    await act(async () => {
      handle!.edit(draft(text));
      await Promise.resolve();
    });
  };
  const saveVersion = (name: string) =>
    act(async () => {
      await session.saveVersion(name, '');
    });
  return { container, session, handle: () => handle!, button, dialog, item, type, saveVersion };
}

describe('versions on the editor screen', () => {
  it('saves a version with a name and note from the toolbar, and says so', async () => {
    const { button, dialog, session, container } = await renderScreen();
    await click(button('Save version'));
    const asked = dialog()!;
    expect(asked.getAttribute('aria-labelledby')).toBeTruthy();
    const [name, note] = Array.from(asked.querySelectorAll<HTMLInputElement>('input, textarea'));
    expect(name!.value).toBe('Version 1');
    await typeInto(name!, 'Draft 2 for the December meeting');
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(note, 'Circulated to members');
      note!.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve();
    });
    await click(button('Save version', asked));
    await settle();
    expect(dialog()).toBeNull();
    expect(session.state.versions).toMatchObject([
      { name: 'Draft 2 for the December meeting', note: 'Circulated to members', author: ana },
    ]);
    expect(container.querySelector('.versions-notice')?.textContent).toBe(
      'Version “Draft 2 for the December meeting” saved. Save the document to keep it.',
    );
  });

  it('opens a version read-only in place of the draft, and goes back to the draft', async () => {
    const { button, container, type, item, saveVersion } = await renderScreen();
    await saveVersion('First');
    await type('The words as edited later.');
    await click(button('Versions'));
    expect(button('Versions').getAttribute('aria-pressed')).toBe('true');
    await click(button('Open', item('First')));
    const main = container.querySelector('main')!;
    expect(main.hidden).toBe(true);
    const viewer = container.querySelector('.version-viewer')!;
    expect(viewer.querySelector('h2')?.textContent).toMatch(/^Version “First” \(.+\) Read-only$/);
    const page = viewer.querySelector('.ProseMirror')!;
    expect(page.getAttribute('contenteditable')).toBe('false');
    expect(page.textContent).toContain('The words as first drafted.');
    expect(item('First').getAttribute('aria-current')).toBe('true');
    await click(button('Back to draft'));
    expect(container.querySelector('.version-viewer')).toBeNull();
    expect(main.hidden).toBe(false);
  });

  it('compares a version with the current draft and closes the comparison', async () => {
    const { button, container, type, item, saveVersion } = await renderScreen();
    await saveVersion('First');
    await type('The words as edited later.');
    await click(button('Versions'));
    await click(button('Compare', item('First')));
    await click(button('Show comparison', item('First')));
    const compare = container.querySelector('.compare')!;
    expect(compare.querySelector('h2')?.textContent).toMatch(
      /^Comparing “First” \(.+\) with the current draft$/,
    );
    expect(compare.querySelector('[data-kind="changed"]')?.textContent).toBe('1 changed');
    await click(button('Next change'));
    expect(compare.querySelector('.change-current')?.textContent).toBeTruthy();
    await click(button('Close comparison'));
    expect(container.querySelector('.compare')).toBeNull();
  });

  it('restores a version after confirming: the draft is kept as a version and the editor shows the old text', async () => {
    const { button, container, dialog, session, type, item, handle, saveVersion } =
      await renderScreen();
    await saveVersion('First');
    await type('The words as edited later.');
    await click(button('Versions'));
    await click(button('Restore', item('First')));
    const confirm = dialog()!;
    expect(confirm.textContent).toContain('nothing is lost');
    await click(button('Restore', confirm));
    await settle();
    expect(handle().doc.textContent).toContain('The words as first drafted.');
    expect(session.state.dirty).toBe(true);
    expect(session.state.versions.map((v) => v.name)).toEqual([
      'First',
      'Before restoring “First”',
    ]);
    expect(container.querySelector('.versions-notice')?.textContent).toMatch(
      /^Version “First” \(.+\) restored\. The draft as it was is kept as the version “Before restoring “First””\.$/,
    );
    expect(item('Before restoring “First”')).toBeTruthy();
  });

  it('asks nothing and changes nothing when the restore is cancelled', async () => {
    const { button, dialog, session, type, item, handle, saveVersion } = await renderScreen();
    await saveVersion('First');
    await type('The words as edited later.');
    await click(button('Versions'));
    await click(button('Restore', item('First')));
    await click(button('Cancel', dialog()!));
    expect(dialog()).toBeNull();
    expect(handle().doc.textContent).toContain('The words as edited later.');
    expect(session.state.versions).toHaveLength(1);
  });
});
