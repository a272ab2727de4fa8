import { describe, expect, it } from 'vitest';
import {
  anchorsIn,
  openThreadCounts,
  parseSectionText,
  QUOTE_LIMIT,
  rangesOf,
  sectionText,
  syncThreads,
  threadStates,
} from '../../../../shared/comments';
import { newAccordFile } from '../../../../shared/document/create';
import {
  loadAccordText,
  loadAccordValue,
  serializeAccordFile,
} from '../../../../shared/document/load';
import { schema } from '../../../../shared/schema';
import { masthead } from '../build';
import { action, doc, h, np, p, t, thread } from './build';

const plan = () =>
  doc(
    h('h1', 1, t('Introduction')),
    np('p1', t('one '), t('two three', 'a'), t(' four')),
    np('p2', t('five', 'a', 'b'), t(' six', 'b')),
    h('h2', 2, t('Policy')),
    action('r1', t('Do it', 'c')),
  );

describe('anchorsIn', () => {
  it('collects each thread’s ranges, quote, first block and section in one pass', () => {
    const d = plan();
    const anchors = anchorsIn(d);
    expect([...anchors.keys()]).toEqual(['a', 'b', 'c']);
    const a = anchors.get('a');
    expect(a?.quote).toBe('two three\nfive');
    expect(a?.blockId).toBe('p1');
    expect(a?.section).toEqual({ number: 'I.', title: 'Introduction' });
    expect(a?.sectionId).toBe('h1');
    expect(a?.ranges.map((r) => d.textBetween(r.from, r.to))).toEqual(['two three', 'five']);
    expect(anchors.get('b')?.quote).toBe('five six');
    expect(anchors.get('b')?.ranges).toHaveLength(1);
    expect(anchors.get('c')).toMatchObject({
      quote: 'Do it',
      blockId: 'r1-p',
      section: { number: 'A.', title: 'Policy' },
      sectionId: 'h2',
    });
  });

  it('names the masthead and summary as sections and finds nothing in a document without marks', () => {
    expect(anchorsIn(doc(np('p1', t('plain')))).size).toBe(0);
    const { nodes } = schema;
    const summary = nodes.summary.create({ id: 's' }, p('sp', t('In short', 'z')));
    const d = nodes.doc.create(null, [masthead(), summary, np('y', t('y'))]);
    expect(anchorsIn(d).get('z')?.section).toEqual({ number: '', title: 'Summary' });
  });

  it('clips very long quotes', () => {
    const d = doc(np('p1', t('x'.repeat(QUOTE_LIMIT + 50), 'a')));
    const quote = anchorsIn(d).get('a')?.quote ?? '';
    expect(quote).toHaveLength(QUOTE_LIMIT);
    expect(quote.endsWith('…')).toBe(true);
  });

  it('marks gaps inside one block with an ellipsis', () => {
    const d = doc(np('p1', t('left', 'a'), t(' middle '), t('right', 'a')));
    expect(anchorsIn(d).get('a')?.quote).toBe('left … right');
    expect(rangesOf(d, 'a')).toHaveLength(2);
  });
});

describe('sections as stored text', () => {
  it('round-trips number and title', () => {
    for (const section of [
      { number: 'IV.', title: 'Action areas' },
      { number: '(a)', title: 'Sub' },
      { number: '', title: 'Summary' },
      { number: '', title: '' },
    ]) {
      expect(parseSectionText(sectionText(section))).toEqual(section);
    }
    expect(sectionText({ number: 'B.', title: 'Statistics' })).toBe('B. Statistics');
  });
});

describe('threadStates', () => {
  it('lists threads in document order with live quote and section', () => {
    const states = threadStates(plan(), [thread('c'), thread('b'), thread('a')]);
    expect(states.map((s) => [s.thread.id, s.status, s.quote])).toEqual([
      ['a', 'open', 'two three\nfive'],
      ['b', 'open', 'five six'],
      ['c', 'open', 'Do it'],
    ]);
  });

  it('shows a thread without any mark as detached, with its stored quote and section', () => {
    const lost = {
      ...thread('gone'),
      quote: 'old words',
      blockId: 'p2',
      section: 'I. Introduction',
    };
    const resolvedLost = { ...thread('gone2'), status: 'resolved' as const, blockId: 'nowhere' };
    const states = threadStates(plan(), [resolvedLost, lost, thread('c')]);
    expect(states.map((s) => [s.thread.id, s.status, s.resolved])).toEqual([
      ['gone', 'detached', false],
      ['c', 'open', false],
      ['gone2', 'detached', true],
    ]);
    expect(states[0]).toMatchObject({
      quote: 'old words',
      section: { number: 'I.', title: 'Introduction' },
      from: null,
      detached: true,
    });
  });

  it('reports resolved anchored threads as resolved', () => {
    const [state] = threadStates(plan(), [{ ...thread('a'), status: 'resolved' }]);
    expect(state?.status).toBe('resolved');
  });
});

describe('syncThreads', () => {
  it('refreshes quote, block and section from live anchors and keeps detached threads as stored', () => {
    const lost = { ...thread('gone'), quote: 'old', blockId: 'x', section: 'II. Old' };
    const synced = syncThreads(plan(), [thread('a'), lost]);
    expect(synced[0]).toMatchObject({
      quote: 'two three\nfive',
      blockId: 'p1',
      section: 'I. Introduction',
    });
    expect(synced[1]).toBe(lost);
  });

  it('returns the same array when nothing changed', () => {
    const once = syncThreads(plan(), [thread('a'), thread('c')]);
    expect(syncThreads(plan(), once)).toBe(once);
  });
});

describe('openThreadCounts', () => {
  it('counts open threads in their innermost section, detached ones where their section still is', () => {
    const counts = openThreadCounts(plan(), [
      thread('a'),
      thread('b'),
      { ...thread('c'), status: 'resolved' },
      { ...thread('gone'), section: 'A. Policy' },
      { ...thread('gone2'), section: 'IX. Nowhere' },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ h1: 2, h2: 1 });
  });
});

describe('reloading', () => {
  it('keeps every anchor and state through saving to JSON and loading again', () => {
    const d = plan();
    const threads = syncThreads(d, [
      thread('a'),
      thread('b'),
      { ...thread('c'), status: 'resolved' as const },
    ]);
    const file = {
      ...newAccordFile(d),
      comments: [...threads, { ...thread('gone'), quote: 'old' }],
    };
    const loaded = loadAccordText(serializeAccordFile(file), 'plan.accord');
    if (!loaded.ok) throw new Error(loaded.error.message);
    const before = threadStates(d, file.comments).map((s) => [
      s.thread.id,
      s.status,
      s.quote,
      s.from,
    ]);
    const after = threadStates(loaded.value.doc, loaded.value.file.comments);
    expect(after.map((s) => [s.thread.id, s.status, s.quote, s.from])).toEqual(before);
    expect(after.map((s) => s.status)).toEqual(['open', 'open', 'resolved', 'detached']);
  });

  it('shows a thread whose anchor points outside the document as detached, never failing', () => {
    const file = {
      ...newAccordFile(plan()),
      comments: [
        { ...thread('ghost'), quote: 'vanished', blockId: 'no-such-block', section: 'IX. Gone' },
      ],
    };
    const value: unknown = JSON.parse(serializeAccordFile(file));
    const loaded = loadAccordValue(value, 'plan.accord');
    if (!loaded.ok) throw new Error(loaded.error.message);
    const [ghost] = threadStates(loaded.value.doc, loaded.value.file.comments);
    expect(ghost).toMatchObject({
      status: 'detached',
      quote: 'vanished',
      section: { number: 'IX.', title: 'Gone' },
    });
    expect(openThreadCounts(loaded.value.doc, loaded.value.file.comments).size).toBe(0);
  });
});
