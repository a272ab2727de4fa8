import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorBridge } from '../../../../renderer/session/editorBridge';
import { docTitled, FakeHandle } from './fakes';

const delays = { toolbar: 50, outline: 150, counts: 500 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const edits = vi.fn();
  const bridge = new EditorBridge(edits, delays);
  const handle = new FakeHandle(docTitled('Plan'));
  handle.entries = [{ id: 'h1', level: 1, label: 'I.', title: 'Introduction', words: 10 }];
  const detach = bridge.attach(handle);
  let emits = 0;
  bridge.subscribe(() => emits++);
  return { bridge, handle, edits, detach, emits: () => emits };
}

describe('EditorBridge', () => {
  it('reads everything once when attached', () => {
    const { bridge } = setup();
    expect(bridge.snapshot.outline).toHaveLength(1);
    expect(bridge.snapshot.counts.total).toBe(3);
    expect(bridge.snapshot.enabled.has('bold')).toBe(true);
  });

  it('tells the session about every document change, at once', () => {
    const { handle, edits } = setup();
    handle.edit(docTitled('Plan', 'a'));
    handle.emit({ docChanged: false, outlineChanged: false });
    handle.edit(docTitled('Plan', 'ab'));
    expect(edits).toHaveBeenCalledTimes(2);
  });

  it('recomputes toolbar states once per burst of transactions', () => {
    const { handle } = setup();
    const before = handle.toolbarCalls;
    for (let i = 0; i < 20; i++) handle.emit({ docChanged: true, outlineChanged: false });
    expect(handle.toolbarCalls).toBe(before);
    vi.advanceTimersByTime(delays.toolbar);
    expect(handle.toolbarCalls - before).toBeGreaterThan(0);
    expect(handle.toolbarCalls - before).toBeLessThanOrEqual(23);
  });

  it('does not notify React when nothing the chrome shows changed', () => {
    const { handle, emits } = setup();
    for (let i = 0; i < 5; i++) handle.edit(docTitled('Plan', `x${i}`));
    vi.advanceTimersByTime(1000);
    expect(emits()).toBe(0);
  });

  it('notifies when a mark becomes active', () => {
    const { bridge, handle, emits } = setup();
    handle.active.add('bold');
    handle.emit({ docChanged: false, outlineChanged: false });
    vi.advanceTimersByTime(delays.toolbar);
    expect(emits()).toBe(1);
    expect(bridge.snapshot.active.has('bold')).toBe(true);
  });

  it('reads the outline when headings changed, not on plain typing', () => {
    const { bridge, handle } = setup();
    const calls = handle.outlineCalls;
    handle.emit({ docChanged: false, outlineChanged: false });
    vi.advanceTimersByTime(1000);
    expect(handle.outlineCalls).toBe(calls);
    handle.entries = [
      ...handle.entries,
      { id: 'h2', level: 1, label: 'II.', title: 'Scope', words: 3 },
    ];
    handle.emit({ docChanged: true, outlineChanged: true });
    vi.advanceTimersByTime(delays.outline);
    expect(bridge.snapshot.outline.map((e) => e.label)).toEqual(['I.', 'II.']);
  });

  it('keeps section word counts in the outline current at the counts’ pace', () => {
    const { bridge, handle } = setup();
    handle.entries = [{ ...handle.entries[0]!, words: 11 }];
    handle.edit(docTitled('Plan', 'more'));
    vi.advanceTimersByTime(delays.outline);
    expect(bridge.snapshot.outline[0]?.words).toBe(10);
    vi.advanceTimersByTime(delays.counts);
    expect(bridge.snapshot.outline[0]?.words).toBe(11);
  });

  it('throttles word counts', () => {
    const { bridge, handle } = setup();
    const calls = handle.countCalls;
    handle.counts = { total: 7, section: 4, sectionLabel: 'I.' };
    for (let i = 0; i < 30; i++) {
      handle.edit(docTitled('Plan', `w${i}`));
      vi.advanceTimersByTime(20);
    }
    expect(handle.countCalls - calls).toBeLessThanOrEqual(2);
    vi.advanceTimersByTime(delays.counts);
    expect(bridge.snapshot.counts).toEqual({ total: 7, section: 4, sectionLabel: 'I.' });
  });

  it('brings toolbar and a pending outline up to date on refreshNow', () => {
    const { bridge, handle } = setup();
    handle.active.add('italic');
    handle.entries = [];
    handle.emit({ docChanged: true, outlineChanged: true });
    bridge.refreshNow();
    expect(bridge.snapshot.active.has('italic')).toBe(true);
    expect(bridge.snapshot.outline).toEqual([]);
  });

  it('stops listening and forgets the handle when detached', () => {
    const { bridge, handle, edits, detach } = setup();
    detach();
    handle.edit(docTitled('Plan', 'late'));
    vi.advanceTimersByTime(1000);
    expect(edits).not.toHaveBeenCalled();
    expect(bridge.handle).toBeNull();
  });
});
