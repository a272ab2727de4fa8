// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import { HomeScreen } from '../../../../renderer/components/HomeScreen';
import { Workspace } from '../../../../renderer/session/workspace';
import { appInfo, docTitled, FakeHost, ScriptedPrompts } from '../session/fakes';
import { byRole, click, getByRole, render, settle } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function renderHome(host: FakeHost) {
  const workspace = new Workspace({
    api: host.api,
    appInfo: appInfo(),
    prompts: new ScriptedPrompts(),
  });
  const view = await render(
    <HomeScreen api={host.api} workspace={workspace} onSettings={() => {}} />,
  );
  cleanup = view.unmount;
  await settle();
  return { ...view, workspace };
}

describe('HomeScreen', () => {
  it('offers New, New from template and Open', async () => {
    const { container } = await renderHome(new FakeHost());
    for (const name of ['New', 'New from template', 'Open']) {
      expect(byRole(container, 'button', name)).toHaveLength(1);
    }
  });

  it('lists recent documents with title, file name and date, and opens one on click', async () => {
    const host = new FakeHost();
    host.put('/docs/plan.accord', newAccordFile(docTitled('UNTFSSE plan')));
    host.recent = [
      {
        path: '/docs/plan.accord',
        name: 'plan.accord',
        title: 'UNTFSSE plan',
        modified: '2025-03-01T09:00:00Z',
        size: 2048,
      },
    ];
    const { container, workspace } = await renderHome(host);
    const list = container.querySelector('section.document-list');
    expect(list?.querySelector('h3')?.textContent).toBe('Recent documents');
    const entry = list?.querySelector<HTMLButtonElement>('button.document-entry');
    expect(entry?.textContent).toContain('UNTFSSE plan');
    expect(entry?.textContent).toContain('plan.accord');
    expect(entry?.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-01T09:00:00Z');
    if (!entry) throw new Error('no entry');
    await click(entry);
    await settle();
    expect(workspace.state.session?.state.path).toBe('/docs/plan.accord');
  });

  it('offers each piece of unsaved work to recover or discard', async () => {
    const host = new FakeHost();
    host.recoveries.set('rec-1', {
      path: null,
      file: newAccordFile(docTitled('Lost draft')),
      savedAt: '2025-03-02T10:00:00Z',
    });
    const { container, workspace } = await renderHome(host);
    const section = getByRole(container, 'region', 'Recover unsaved work');
    expect(section.textContent).toContain('Lost draft');
    expect(byRole(section, 'button', 'Recover')).toHaveLength(1);
    expect(byRole(section, 'button', 'Discard')).toHaveLength(1);
    await click(getByRole(section, 'button', 'Recover'));
    await settle();
    expect(host.callsTo('documents.recover')).toEqual([{ id: 'rec-1' }]);
    expect(workspace.state.session?.recoveryKey).toBe('rec-1');
  });

  it('shows no recovery section when there is nothing to recover', async () => {
    const { container } = await renderHome(new FakeHost());
    expect(container.textContent).not.toContain('Recover unsaved work');
    expect(container.textContent).toContain('No recent documents');
  });

  it('shows a failure to list documents as an alert', async () => {
    const host = new FakeHost();
    host.failures.set('documents.list', { code: 'io-error', message: 'Library unreadable.' });
    const { container } = await renderHome(host);
    expect(getByRole(container, 'alert').textContent).toBe('Library unreadable.');
  });
});
