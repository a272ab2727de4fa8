import { afterEach, describe, expect, it, vi } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { Workspace, WINDOW_STATE_DELAY_MS } from '../../../../renderer/session/workspace';
import { appInfo, docTitled, FakeHost, ScriptedPrompts } from './fakes';

function setup(native = false) {
  const host = new FakeHost();
  const prompts = new ScriptedPrompts();
  const workspace = new Workspace({
    api: host.api,
    appInfo: appInfo({ nativeDialogs: native }),
    prompts,
  });
  host.put('/docs/a.accord', newAccordFile(docTitled('Plan A')));
  host.put('/docs/b.accord', newAccordFile(docTitled('Plan B')));
  return { host, prompts, workspace };
}

/** Marks the open document edited, as typing does. */
function edit(workspace: Workspace) {
  const session = workspace.state.session;
  if (!session) throw new Error('no document open');
  session.markEdited();
  return session;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('opening', () => {
  it('opens a file into a session with its tree', async () => {
    const { workspace } = setup();
    expect(await workspace.openPath('/docs/a.accord')).toBe(true);
    expect(workspace.state.session?.state.name).toBe('a.accord');
    expect(workspace.state.doc?.child(0).type.name).toBe('masthead');
  });

  it('asks for the file in the in-page dialog when the host has no native one', async () => {
    const { prompts, workspace } = setup();
    prompts.answer('/docs/b.accord');
    expect(await workspace.open()).toBe(true);
    expect(workspace.state.session?.state.path).toBe('/docs/b.accord');
  });

  it('uses the system dialog when there is one, and does nothing when it is cancelled', async () => {
    const { host, prompts, workspace } = setup(true);
    expect(await workspace.open()).toBe(false);
    expect(prompts.asked).toHaveLength(0);
    host.handlers['documents.pickOpenPath'] = () =>
      Promise.resolve({ ok: true, value: '/docs/a.accord' });
    expect(await workspace.open()).toBe(true);
  });

  it('shows why a file cannot be opened, naming it, and keeps the current document', async () => {
    const { host, prompts, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    const before = workspace.state.session;
    host.failures.set('documents.open', {
      code: 'corrupt-file',
      message: '“broken.accord” cannot be opened: it is damaged.',
    });
    expect(await workspace.openPath('/docs/broken.accord')).toBe(false);
    expect(prompts.asked[0]).toMatchObject({
      kind: 'alert',
      title: 'Could not open “broken.accord”',
      message: '“broken.accord” cannot be opened: it is damaged.',
    });
    expect(workspace.state.session).toBe(before);
  });

  it('refuses a file whose document does not fit the schema and releases it', async () => {
    const { host, prompts, workspace } = setup();
    const bad = newAccordFile(docTitled('Bad'));
    host.put('/docs/bad.accord', { ...bad, doc: { type: 'doc', content: [{ type: 'nope' }] } });
    expect(await workspace.openPath('/docs/bad.accord')).toBe(false);
    expect(prompts.asked[0]?.title).toBe('Could not open “bad.accord”');
    expect(prompts.asked[0]?.message).toContain('bad.accord');
    expect(workspace.state.session).toBeNull();
    expect(host.closed).toEqual(['/docs/bad.accord']);
  });

  it('shows the notes of repairs made while loading', async () => {
    const { host, workspace } = setup();
    const file: AccordFile = newAccordFile(docTitled('Old'));
    host.handlers['documents.open'] = ({ path }) =>
      Promise.resolve({
        ok: true,
        value: {
          path,
          file,
          stamp: null,
          readOnly: false,
          readOnlyReason: null,
          notes: ['Upgraded from file format 0.'],
          dirty: false,
        },
      });
    await workspace.openPath('/docs/old.accord');
    expect(workspace.state.notes).toEqual(['Upgraded from file format 0.']);
    workspace.dismissNotes();
    expect(workspace.state.notes).toEqual([]);
  });

  it('does nothing when asked to open the file already open', async () => {
    const { host, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    const session = workspace.state.session;
    expect(await workspace.openPath('/docs/a.accord')).toBe(true);
    expect(workspace.state.session).toBe(session);
    expect(host.callsTo('documents.open')).toHaveLength(1);
  });
});

describe('failures', () => {
  it('reports a document that cannot be created', async () => {
    const { host, prompts, workspace } = setup();
    host.failures.set('documents.create', { code: 'not-found', message: 'Template missing.' });
    expect(await workspace.newDocument('untfsse-action-plan')).toBe(false);
    expect(prompts.asked).toMatchObject([{ kind: 'alert', message: 'Template missing.' }]);
    expect(workspace.state.session).toBeNull();
  });

  it('reports a system Open dialog that failed (but not one cancelled)', async () => {
    const { host, prompts, workspace } = setup(true);
    host.failures.set('documents.pickOpenPath', { code: 'io-error', message: 'No dialog.' });
    expect(await workspace.open()).toBe(false);
    expect(prompts.asked).toMatchObject([{ kind: 'alert', message: 'No dialog.' }]);
  });

  it('reports a recovery entry that cannot be discarded', async () => {
    const { host, prompts, workspace } = setup();
    host.failures.set('documents.discardRecovery', { code: 'io-error', message: 'Busy.' });
    prompts.answer('Discard');
    expect(await workspace.discardRecovery('key-1', 'R')).toBe(false);
    expect(prompts.asked[1]).toMatchObject({ kind: 'alert', message: 'Busy.' });
  });
});

describe('closing a dirty document', () => {
  it('asks “Save changes to …?” and Cancel keeps everything open', async () => {
    const { host, prompts, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    const session = edit(workspace);
    prompts.answer('Cancel');
    expect(await workspace.close()).toBe(false);
    expect(prompts.asked[0]).toMatchObject({
      title: 'Save changes to “a.accord”?',
      labels: ['Save', 'Don’t save', 'Cancel'],
    });
    expect(workspace.state.session).toBe(session);
    expect(host.closed).toEqual([]);
  });

  it('Don’t save closes, drops the recovery copy and releases the file', async () => {
    const { host, prompts, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    const session = edit(workspace);
    await session.autosave();
    prompts.answer('Don’t save');
    expect(await workspace.close()).toBe(true);
    expect(workspace.state.session).toBeNull();
    expect(host.recoveries.size).toBe(0);
    expect(host.closed).toEqual(['/docs/a.accord']);
    expect(host.callsTo('documents.save')).toHaveLength(0);
  });

  it('Save saves and then closes', async () => {
    const { host, prompts, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    edit(workspace);
    prompts.answer('Save');
    expect(await workspace.close()).toBe(true);
    expect(host.callsTo('documents.save')).toHaveLength(1);
    expect(workspace.state.session).toBeNull();
  });

  it('stays open when the save fails', async () => {
    const { host, prompts, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    const session = edit(workspace);
    host.failures.set('documents.save', { code: 'io-error', message: 'Disk full.' });
    prompts.answer('Save');
    expect(await workspace.close()).toBe(false);
    expect(workspace.state.session).toBe(session);
    expect(session.state.dirty).toBe(true);
  });

  it('closes a clean document without asking', async () => {
    const { prompts, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    expect(await workspace.close()).toBe(true);
    expect(prompts.asked).toHaveLength(0);
  });

  it('asks before opening another document, and keeps the first when cancelled', async () => {
    const { host, prompts, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    const session = edit(workspace);
    prompts.answer('Cancel');
    expect(await workspace.openPath('/docs/b.accord')).toBe(false);
    expect(workspace.state.session).toBe(session);
    // The second file was opened (locked) on the main side and must be given back.
    expect(host.closed).toEqual(['/docs/b.accord']);
  });

  it('asks before New replaces it', async () => {
    const { prompts, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    edit(workspace);
    prompts.answer('Don’t save');
    expect(await workspace.newDocument('untfsse-action-plan')).toBe(true);
    expect(workspace.state.session?.state.path).toBeNull();
    expect(workspace.state.session?.state.name).toBe('Action plan');
  });
});

describe('recovery', () => {
  it('recovers unsaved work under the same key, dirty', async () => {
    const { host, workspace } = setup();
    host.recoveries.set('key-1', {
      path: '/docs/a.accord',
      file: newAccordFile(docTitled('Recovered')),
      savedAt: '2025-01-01T00:00:00Z',
    });
    expect(await workspace.recover('key-1')).toBe(true);
    const session = workspace.state.session;
    expect(session?.recoveryKey).toBe('key-1');
    expect(session?.state.dirty).toBe(true);
  });

  it('discards a recovery entry only after confirmation', async () => {
    const { host, prompts, workspace } = setup();
    host.recoveries.set('key-1', {
      path: null,
      file: newAccordFile(docTitled('R')),
      savedAt: '2025-01-01T00:00:00Z',
    });
    prompts.answer('Cancel', 'Discard');
    expect(await workspace.discardRecovery('key-1', 'R')).toBe(false);
    expect(host.recoveries.size).toBe(1);
    expect(await workspace.discardRecovery('key-1', 'R')).toBe(true);
    expect(host.recoveries.size).toBe(0);
  });

  it('reports a recovery that cannot be found', async () => {
    const { prompts, workspace } = setup();
    expect(await workspace.recover('missing')).toBe(false);
    expect(prompts.asked[0]).toMatchObject({ kind: 'alert', message: 'No such recovery.' });
  });
});

describe('backups', () => {
  function withBackup() {
    const ctx = setup();
    ctx.host.backups.set('/docs/a.accord', [
      {
        entry: { id: 'b1', savedAt: '2025-01-02T10:00:00Z', size: 1234, title: 'Older plan' },
        file: newAccordFile(docTitled('Older plan')),
      },
    ]);
    return ctx;
  }

  it('restores a backup as unsaved content of the same file after confirming', async () => {
    const { prompts, workspace } = withBackup();
    await workspace.openPath('/docs/a.accord');
    const before = workspace.state.session;
    prompts.answer('Restore');
    const entry = { id: 'b1', savedAt: '2025-01-02T10:00:00Z', size: 1234, title: 'Older plan' };
    expect(await workspace.restoreBackup(entry)).toBe(true);
    const after = workspace.state.session;
    expect(after).not.toBe(before);
    expect(after?.state).toMatchObject({ path: '/docs/a.accord', dirty: true });
    expect(after?.recoveryKey).toBe(before?.recoveryKey);
    expect(workspace.state.doc?.textContent).toContain('Older plan');
  });

  it('changes nothing when the user cancels', async () => {
    const { prompts, workspace } = withBackup();
    await workspace.openPath('/docs/a.accord');
    const before = workspace.state.session;
    prompts.answer('Cancel');
    const entry = { id: 'b1', savedAt: '2025-01-02T10:00:00Z', size: 1, title: '' };
    expect(await workspace.restoreBackup(entry)).toBe(false);
    expect(workspace.state.session).toBe(before);
  });

  it('reports a backup that cannot be restored', async () => {
    const { prompts, workspace } = withBackup();
    await workspace.openPath('/docs/a.accord');
    prompts.answer('Restore');
    const entry = { id: 'gone', savedAt: '2025-01-02T10:00:00Z', size: 1, title: '' };
    expect(await workspace.restoreBackup(entry)).toBe(false);
    expect(prompts.asked[1]).toMatchObject({
      kind: 'alert',
      title: 'Could not restore the backup',
    });
  });
});

describe('the window', () => {
  it('reports the title and dirty flag, debounced', async () => {
    vi.useFakeTimers();
    const { host, workspace } = setup();
    await workspace.openPath('/docs/a.accord');
    edit(workspace);
    edit(workspace);
    expect(host.callsTo('window.setState')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(WINDOW_STATE_DELAY_MS);
    expect(host.callsTo('window.setState')).toEqual([{ title: 'a.accord', dirty: true }]);
  });

  it('runs one flow at a time', async () => {
    const { host, prompts, workspace } = setup();
    prompts.answer('/docs/a.accord');
    const opening = workspace.open();
    const second = workspace.openPath('/docs/b.accord');
    await Promise.all([opening, second]);
    const order = host.callsTo('documents.open').map((c) => c.path);
    expect(order).toEqual(['/docs/a.accord', '/docs/b.accord']);
    expect(workspace.state.session?.state.path).toBe('/docs/b.accord');
  });
});
