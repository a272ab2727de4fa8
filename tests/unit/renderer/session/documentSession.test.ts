import { describe, expect, it } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import { DocumentSession } from '../../../../renderer/session/documentSession';
import { CHANGED_ON_DISK_TITLE } from '../../../../renderer/session/saveFlow';
import {
  appInfo,
  docTitled,
  FakeHost,
  opened,
  ScriptedPrompts,
  setupSession as setup,
} from './fakes';

describe('saving', () => {
  it('writes to its file with the stamp it was opened with and becomes clean', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    const stamp = host.files.get('/docs/plan.accord')?.stamp;
    type('Edited text.');
    expect(session.state.dirty).toBe(true);
    expect(await session.save()).toBe('saved');
    expect(host.callsTo('documents.save')[0]?.expectedStamp).toEqual(stamp);
    expect(session.state.dirty).toBe(false);
    const saved = host.files.get('/docs/plan.accord')?.file;
    expect(JSON.stringify(saved?.doc)).toContain('Edited text.');
  });

  it('uses the new stamp for the next save, so saving twice never reports a conflict', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    type('One.');
    await session.save();
    type('Two.');
    expect(await session.save()).toBe('saved');
    expect(host.callsTo('documents.save')).toHaveLength(2);
  });

  it('discards its recovery entry after a successful save', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    type('Edited.');
    await session.autosave();
    expect(host.recoveries.has(session.recoveryKey)).toBe(true);
    await session.save();
    expect(host.recoveries.has(session.recoveryKey)).toBe(false);
  });

  it('stays dirty when the user edits while the save is on its way', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    type('First.');
    const save = host.handlers['documents.save'];
    host.handlers['documents.save'] = async (args) => {
      type('Typed during the save.');
      return save(args);
    };
    expect(await session.save()).toBe('saved');
    expect(session.state.dirty).toBe(true);
  });

  it('joins a second save requested while one is running', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    type('Edited.');
    const [a, b] = await Promise.all([session.save(), session.save()]);
    expect([a, b]).toEqual(['saved', 'saved']);
    expect(host.callsTo('documents.save')).toHaveLength(1);
  });

  it('reports a failed save in an alert and keeps the changes', async () => {
    const { host, prompts, session, type } = setup({ path: '/docs/plan.accord' });
    type('Precious words.');
    host.failures.set('documents.save', { code: 'io-error', message: 'The disk is full.' });
    expect(await session.save()).toBe('failed');
    expect(prompts.asked[0]).toMatchObject({
      kind: 'alert',
      title: 'Could not save “plan.accord”',
    });
    expect(prompts.asked[0]?.message).toContain('The disk is full.');
    expect(session.state.dirty).toBe(true);
    expect(JSON.stringify(session.currentFile().doc)).toContain('Precious words.');
  });

  it('shows the saving state while the write is in progress', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    type('Edited.');
    const seen: boolean[] = [];
    session.subscribe(() => seen.push(session.state.saving));
    await session.save();
    expect(seen).toContain(true);
    expect(session.state.saving).toBe(false);
    expect(host.files.size).toBe(1);
  });
});

describe('save as', () => {
  it('asks for a file name suggested from the title and saves it in the library folder', async () => {
    const { host, prompts, session } = setup();
    prompts.answer('Plan: draft 2');
    expect(await session.save()).toBe('saved');
    expect(prompts.asked[0]).toMatchObject({
      kind: 'saveName',
      message: 'Plan of action.accord in /home/ana/Accord',
    });
    expect(host.callsTo('documents.save')[0]).toMatchObject({
      path: '/home/ana/Accord/Plan draft 2.accord',
      expectedStamp: null,
    });
    expect(session.state.path).toBe('/home/ana/Accord/Plan draft 2.accord');
    expect(session.state.name).toBe('Plan draft 2.accord');
  });

  it('joins the library folder with the host’s separator', async () => {
    const host = new FakeHost();
    const prompts = new ScriptedPrompts().answer('Plan');
    const doc = docTitled('Plan');
    const info = appInfo({ libraryDir: 'C:\\Users\\ana\\Accord\\', pathSeparator: '\\' });
    const session = new DocumentSession(
      { api: host.api, appInfo: info, prompts },
      opened(doc),
      doc,
    );
    await session.save();
    expect(host.callsTo('documents.save')[0]?.path).toBe('C:\\Users\\ana\\Accord\\Plan.accord');
  });

  it('does nothing when the user cancels the Save as dialog', async () => {
    const { host, prompts, session, type } = setup();
    type('Edited.');
    prompts.answer(null);
    expect(await session.save()).toBe('cancelled');
    expect(host.callsTo('documents.save')).toHaveLength(0);
    expect(session.state.dirty).toBe(true);
  });

  it('uses the system dialog when the host has one', async () => {
    const { host, prompts, session } = setup({ native: true });
    host.handlers['documents.pickSavePath'] = ({ suggestedName }) =>
      Promise.resolve({ ok: true, value: `/picked/${suggestedName}` });
    expect(await session.save()).toBe('saved');
    expect(host.callsTo('documents.pickSavePath')[0]).toEqual({
      suggestedName: 'Plan of action.accord',
    });
    expect(host.callsTo('documents.save')[0]).toMatchObject({
      path: '/picked/Plan of action.accord',
      overwrite: true,
    });
    expect(prompts.asked).toHaveLength(0);
  });

  it('treats a cancelled system dialog as cancelled and a failed one as an alert', async () => {
    const { host, prompts, session } = setup({ native: true });
    expect(await session.save()).toBe('cancelled');
    host.handlers['documents.pickSavePath'] = () =>
      Promise.resolve({ ok: false, error: { code: 'io-error', message: 'No display.' } });
    expect(await session.save()).toBe('failed');
    expect(prompts.asked).toMatchObject([{ kind: 'alert', message: 'No display.' }]);
  });

  it('asks before replacing an existing file of the same name', async () => {
    const { host, prompts, session } = setup();
    host.put('/home/ana/Accord/Plan of action.accord', newAccordFile(docTitled('Other')));
    prompts.answer('Plan of action', 'Cancel');
    expect(await session.save()).toBe('cancelled');
    expect(prompts.asked[1]).toMatchObject({ kind: 'choose', labels: ['Replace', 'Cancel'] });
    expect(host.files.get('/home/ana/Accord/Plan of action.accord')?.file.meta.title).toBe('Other');

    prompts.answer('Plan of action', 'Replace');
    expect(await session.save()).toBe('saved');
    expect(host.callsTo('documents.save').at(-1)?.overwrite).toBe(true);
  });

  it('saves a read-only document only as another file, then edits it there', async () => {
    const { host, prompts, session } = setup({ path: '/shared/plan.accord', readOnly: true });
    prompts.answer('My copy');
    expect(await session.save()).toBe('saved');
    expect(host.callsTo('documents.save')[0]?.path).toBe('/home/ana/Accord/My copy.accord');
    expect(session.state.readOnly).toBe(false);
    expect(host.closed).toEqual(['/shared/plan.accord']);
  });
});

describe('a file changed on disk', () => {
  function changedOnDisk() {
    const ctx = setup({ path: '/docs/plan.accord' });
    ctx.type('Mine.');
    ctx.host.put('/docs/plan.accord', newAccordFile(docTitled('Theirs')));
    return ctx;
  }

  it('is never overwritten silently: Cancel keeps both versions', async () => {
    const { host, prompts, session } = changedOnDisk();
    prompts.answer('Cancel');
    expect(await session.save()).toBe('cancelled');
    expect(prompts.asked[0]).toMatchObject({
      title: CHANGED_ON_DISK_TITLE,
      labels: ['Overwrite', 'Save as a copy', 'Cancel'],
    });
    expect(host.files.get('/docs/plan.accord')?.file.meta.title).toBe('Theirs');
    expect(session.state.dirty).toBe(true);
  });

  it('is replaced after the user chose Overwrite', async () => {
    const { host, prompts, session } = changedOnDisk();
    prompts.answer('Overwrite');
    expect(await session.save()).toBe('saved');
    expect(host.callsTo('documents.save').at(-1)?.overwrite).toBe(true);
    expect(JSON.stringify(host.files.get('/docs/plan.accord')?.file.doc)).toContain('Mine.');
    expect(session.state.dirty).toBe(false);
  });

  it('keeps its content when the user saves a copy instead', async () => {
    const { host, prompts, session } = changedOnDisk();
    prompts.answer('Save as a copy', 'Plan (mine)');
    expect(await session.save()).toBe('saved');
    expect(host.files.get('/docs/plan.accord')?.file.meta.title).toBe('Theirs');
    expect(session.state.path).toBe('/home/ana/Accord/Plan (mine).accord');
  });
});

describe('a locked file', () => {
  it('offers Save as, and saves nothing when declined', async () => {
    const { host, prompts, session, type } = setup({ path: '/docs/plan.accord' });
    type('Edited.');
    host.failures.set('documents.save', { code: 'locked', message: 'Ana has it open.' });
    prompts.answer('Cancel');
    expect(await session.save()).toBe('cancelled');
    expect(prompts.asked[0]?.message).toContain('Ana has it open.');
    expect(prompts.asked[0]?.labels).toEqual(['Save as…', 'Cancel']);
    expect(session.state.dirty).toBe(true);
  });

  it('saves to the other file the user names', async () => {
    const { host, prompts, session, type } = setup({ path: '/docs/plan.accord' });
    type('Edited.');
    const save = host.handlers['documents.save'];
    host.handlers['documents.save'] = (args) =>
      args.path === '/docs/plan.accord'
        ? Promise.resolve({ ok: false, error: { code: 'read-only', message: 'Read-only.' } })
        : save(args);
    prompts.answer('Save as…', 'Elsewhere');
    expect(await session.save()).toBe('saved');
    expect(session.state.path).toBe('/home/ana/Accord/Elsewhere.accord');
  });
});

describe('the document source', () => {
  it('keeps the last tree after the editor detaches', () => {
    const { session, current } = setup();
    const last = current();
    const detach = session.attachDoc(() => last);
    detach();
    expect(session.currentDoc()).toBe(last);
  });
});
