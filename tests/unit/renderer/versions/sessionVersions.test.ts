import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import { loadAccordValue } from '../../../../shared/document/load';
import { ok } from '../../../../shared/result';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { loadVersion, saveVersion } from '../../../../shared/versions';
import { DocumentSession, UNKNOWN_AUTHOR } from '../../../../renderer/session/documentSession';
import { appInfo, docTitled, FakeHost, opened, ScriptedPrompts } from '../session/fakes';

const ana = { name: 'Ana Ruiz', initials: 'AR', organization: 'ILO' };

/** A session over an editor-like holder of the document that restore can replace. */
function setup(options: { path?: string; identity?: typeof ana | null; readOnly?: boolean } = {}) {
  const host = new FakeHost();
  const identity = options.identity === undefined ? ana : options.identity;
  host.handlers['settings.get'] = () => Promise.resolve(ok({ identity }));
  const prompts = new ScriptedPrompts();
  let doc = docTitled('Plan of action', 'The first text.');
  const path = options.path ?? null;
  const stamp = path ? host.put(path, newAccordFile(doc)) : null;
  let time = Date.UTC(2025, 2, 14, 9, 0);
  const session = new DocumentSession(
    {
      api: host.api,
      appInfo: appInfo(),
      prompts,
      now: () => new Date((time += 60_000)),
    },
    opened(doc, {
      path,
      stamp,
      readOnly: options.readOnly ?? false,
      readOnlyReason: options.readOnly ? 'Open in another window' : null,
    }),
    doc,
  );
  const replaced: Node[] = [];
  session.attachDoc(
    () => doc,
    (next) => {
      replaced.push(next);
      doc = next;
    },
  );
  const type = (text: string) => {
    doc = docTitled('Plan of action', text);
    session.markEdited();
  };
  return { host, prompts, session, type, replaced, current: () => doc };
}

const textOf = (doc: Node) => doc.child(1).textContent;

describe('saving a version in a session', () => {
  it('adds the draft as it is now, by the user in settings, and saves a document that has a file', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    type('Text for the meeting.');
    const saved = await session.saveVersion(
      'Draft 2 for the December online meeting',
      'Circulated',
    );
    expect(saved.written).toBe(true);
    expect(saved.version).toMatchObject({
      name: 'Draft 2 for the December online meeting',
      note: 'Circulated',
      author: ana,
      reason: 'manual',
      summary: 'First version',
    });
    expect(session.state.versions).toEqual([saved.version]);
    expect(session.state.dirty).toBe(false);
    const onDisk = host.files.get('/docs/plan.accord')?.file;
    const version = loadVersion(onDisk!, saved.version.id);
    expect(version.ok && textOf(version.value)).toBe('Text for the meeting.');
  });

  it('leaves a document without a file unsaved, with the version kept in what will be saved', async () => {
    const { host, session } = setup();
    const saved = await session.saveVersion('Draft 1', '');
    expect(saved.written).toBe(false);
    expect(host.callsTo('documents.save')).toHaveLength(0);
    expect(session.state.dirty).toBe(true);
    expect(session.currentFile().versions.list.map((v) => v.name)).toEqual(['Draft 1']);
  });

  it('does not write a read-only document; the version waits for Save as', async () => {
    const { host, session } = setup({ path: '/docs/plan.accord', readOnly: true });
    const saved = await session.saveVersion('Draft 1', '');
    expect(saved.written).toBe(false);
    expect(host.callsTo('documents.save')).toHaveLength(0);
    expect(session.state.dirty).toBe(true);
  });

  it('names the author "Unknown" when the user has not said who they are', async () => {
    const { session } = setup({ identity: null });
    const saved = await session.saveVersion('Draft 1', '');
    expect(saved.version.author).toEqual(UNKNOWN_AUTHOR);
  });

  it('keeps versions saved before an export with that reason', async () => {
    const { session } = setup();
    const saved = await session.saveVersion('Before export to Word', '', 'export');
    expect(saved.version.reason).toBe('export');
  });

  it('keeps a version saved while a save is running: the save finishing does not drop it', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    type('Edited.');
    const saving = session.save();
    const version = session.saveVersion('During a save', '');
    await saving;
    const saved = await version;
    expect(session.state.versions.map((v) => v.id)).toEqual([saved.version.id]);
    expect(host.files.get('/docs/plan.accord')?.file.versions.list).toHaveLength(1);
  });

  it('allows two versions with the same name, told apart by time', async () => {
    const { session, type } = setup();
    await session.saveVersion('Draft', '');
    type('Changed.');
    await session.saveVersion('Draft', '');
    const [a, b] = session.state.versions;
    expect(a?.name).toBe(b?.name);
    expect(a?.time).not.toBe(b?.time);
  });
});

describe('restoring a version in a session', () => {
  it('saves the current draft as a version first, then shows the version in the editor, unsaved', async () => {
    const { session, type, replaced, current } = setup({ path: '/docs/plan.accord' });
    type('Version one text.');
    const one = await session.saveVersion('One', '');
    type('Later text that must not be lost.');
    const restored = await session.restoreVersion(one.version.id);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(replaced).toHaveLength(1);
    expect(textOf(current())).toBe('Version one text.');
    expect(session.state.dirty).toBe(true);
    const [, before] = session.state.versions;
    expect(before).toMatchObject({
      name: 'Before restoring “One”',
      reason: 'restore',
      author: ana,
    });
    const kept = loadVersion(session.versionsFile(), before!.id);
    expect(kept.ok && textOf(kept.value)).toBe('Later text that must not be lost.');
  });

  it('writes the restored draft and every version when saved, and they read back from the file', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    type('Version one text.');
    const one = await session.saveVersion('One', '');
    type('Second text.');
    await session.restoreVersion(one.version.id);
    expect(await session.save()).toBe('saved');
    const written = host.files.get('/docs/plan.accord')!.file;
    const reread = loadAccordValue(JSON.parse(JSON.stringify(written)), 'plan.accord');
    expect(reread.ok).toBe(true);
    if (!reread.ok) return;
    expect(textOf(reread.value.doc)).toBe('Version one text.');
    const names = reread.value.file.versions.list.map((v) => v.name);
    expect(names).toEqual(['One', 'Before restoring “One”']);
    const before = loadVersion(reread.value.file, reread.value.file.versions.list[1]!.id);
    expect(before.ok && textOf(before.value)).toBe('Second text.');
  });

  it('keeps the document as it is when the version is damaged, and says which one', async () => {
    const first = docTitled('Plan of action', 'Version one text.');
    const saved = saveVersion(newAccordFile(first), first, {
      name: 'One',
      note: '',
      author: ana,
      reason: 'manual',
      now: new Date('2025-03-14T09:00:00Z'),
    });
    // As read back from disk with the version's blocks lost.
    const damaged = JSON.parse(JSON.stringify(saved.file)) as AccordFile;
    damaged.versions.blocks = {};
    const host = new FakeHost();
    let doc = docTitled('Plan of action', 'Current text.');
    const session = new DocumentSession(
      { api: host.api, appInfo: appInfo(), prompts: new ScriptedPrompts() },
      opened(doc, { file: damaged }),
      doc,
    );
    const replaced: Node[] = [];
    session.attachDoc(
      () => doc,
      (next) => replaced.push((doc = next)),
    );
    const result = await session.restoreVersion(saved.version.id);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^Version “One” .* is damaged/);
    expect(replaced).toHaveLength(0);
    expect(textOf(doc)).toBe('Current text.');
    expect(session.state.versions).toHaveLength(1);
    expect(session.state.dirty).toBe(false);
  });

  it('says so when the version is not in the document', async () => {
    const { session } = setup();
    const result = await session.restoreVersion('missing');
    expect(!result.ok && result.error.code).toBe('not-found');
  });
});
