import type { Node } from 'prosemirror-model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import type { AccordFile, Thread } from '../../../../shared/document/fileSchema';
import { DocumentSession } from '../../../../renderer/session/documentSession';
import { ana, ben, doc, h, np, t, thread } from '../../shared/comments/build';
import { appInfo, FakeHost, opened, ScriptedPrompts } from './fakes';

afterEach(() => {
  vi.useRealTimers();
});

const PATH = '/docs/plan.accord';

const marked = () =>
  doc(h('h1', 1, t('Introduction')), np('p1', t('We '), t('will act', 'a'), t(' now.')));
const unmarked = () => doc(h('h1', 1, t('Introduction')), np('p1', t('We now.')));

function setup(threads: Thread[] = [], start: Node = marked()) {
  const host = new FakeHost();
  const file: AccordFile = { ...newAccordFile(start), comments: threads };
  const stamp = host.put(PATH, file);
  const session = new DocumentSession(
    { api: host.api, appInfo: appInfo(), prompts: new ScriptedPrompts() },
    opened(start, { path: PATH, stamp, file }),
    start,
  );
  let current = start;
  session.attachDoc(() => current);
  const edit = (next: Node) => {
    current = next;
    session.markEdited();
  };
  const written = () => host.files.get(PATH)?.file.comments;
  return { host, session, edit, written };
}

describe('comment threads in the document session', () => {
  it('shows the threads of the file it was opened from', () => {
    const threads = [thread('a')];
    const { session } = setup(threads);
    expect(session.state.comments).toEqual(threads);
  });

  it('takes new threads from the panel: a new state, subscribers told, the document unsaved', () => {
    const { session } = setup();
    const heard = vi.fn();
    session.subscribe(heard);
    const before = session.state;
    session.setComments([thread('a')]);
    expect(session.state).not.toBe(before);
    expect(session.state.comments.map((x) => x.id)).toEqual(['a']);
    expect(session.state.dirty).toBe(true);
    expect(heard).toHaveBeenCalled();
  });

  it('keeps its own copy, so the caller changing its array later changes nothing', () => {
    const { session } = setup();
    const threads = [thread('a')];
    session.setComments(threads);
    threads.push(thread('b'));
    expect(session.state.comments.map((x) => x.id)).toEqual(['a']);
  });

  it('saves the threads with the quote, block and section their anchors hold now', async () => {
    const { session, written } = setup();
    session.setComments([thread('a', ana, 'Which actions?')]);
    expect(await session.save()).toBe('saved');
    expect(written()).toEqual([
      expect.objectContaining({
        id: 'a',
        quote: 'will act',
        blockId: 'p1',
        section: 'I. Introduction',
      }),
    ]);
    expect(written()?.[0]?.comments[0]?.text).toBe('Which actions?');
  });

  it('shows the saved threads with their refreshed anchors after a save', async () => {
    const { session } = setup([thread('a')]);
    expect(session.state.comments[0]?.quote).toBe('');
    session.markEdited();
    await session.save();
    expect(session.state.comments[0]?.quote).toBe('will act');
  });

  it('keeps what a detached thread last stored when its text is gone', async () => {
    const { session, edit, written } = setup([thread('a')]);
    session.markEdited();
    await session.save();
    edit(unmarked());
    await session.save();
    expect(written()).toEqual([
      expect.objectContaining({ id: 'a', quote: 'will act', section: 'I. Introduction' }),
    ]);
  });

  it('saves the file’s threads unchanged (the same array) when no anchor moved', () => {
    const stored = { ...thread('a'), quote: 'will act', blockId: 'p1', section: 'I. Introduction' };
    const { session } = setup([stored]);
    expect(session.currentFile().comments[0]).toBe(stored);
  });

  it('keeps threads changed while a save was on its way, and stays unsaved', async () => {
    const { host, session, written } = setup([thread('a')]);
    session.markEdited();
    const save = host.handlers['documents.save'];
    host.handlers['documents.save'] = async (args) => {
      session.setComments([...session.state.comments, thread('b', ben)]);
      return save(args);
    };
    expect(await session.save()).toBe('saved');
    expect(written()?.map((x) => x.id)).toEqual(['a']);
    expect(session.state.comments.map((x) => x.id)).toEqual(['a', 'b']);
    expect(session.state.dirty).toBe(true);
    host.handlers['documents.save'] = save;
    await session.save();
    expect(written()?.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('puts the threads in the crash-recovery copy', async () => {
    const { host, session } = setup();
    session.setComments([thread('a')]);
    await session.autosave();
    const recovered = host.recoveries.get(session.recoveryKey)?.file;
    expect(recovered?.comments.map((x) => x.id)).toEqual(['a']);
    expect(recovered?.comments[0]?.quote).toBe('will act');
  });

  it('schedules an autosave when the threads change', async () => {
    vi.useFakeTimers();
    const { host, session } = setup();
    session.setComments([thread('a')]);
    await vi.runAllTimersAsync();
    expect(host.callsTo('documents.autosave')).toHaveLength(1);
  });

  it('ignores threads given after it was disposed', () => {
    const { session } = setup();
    session.dispose();
    session.setComments([thread('a')]);
    expect(session.state.comments).toEqual([]);
    expect(session.state.dirty).toBe(false);
  });

  it('keeps the threads when a version is saved and when one is restored', async () => {
    const { session } = setup([thread('a')]);
    await session.saveVersion('Draft 1', '');
    expect(session.currentFile().comments.map((x) => x.id)).toEqual(['a']);
    const version = session.state.versions[0];
    if (!version) throw new Error('no version saved');
    const restored = await session.restoreVersion(version.id);
    expect(restored.ok).toBe(true);
    expect(session.state.comments.map((x) => x.id)).toEqual(['a']);
    expect(session.currentFile().comments.map((x) => x.id)).toEqual(['a']);
  });
});
