import { describe, expect, it } from 'vitest';
import { acceptChange, listChanges, rejectChange } from '../../../../shared/changes';
import { loadAccordValue } from '../../../../shared/document/load';
import { isConflictId, mergeReviewCopy } from '../../../../shared/review';
import {
  append,
  at,
  ben,
  changesIn,
  comment,
  edit,
  hd,
  insertAfter,
  markedThreads,
  masterOf,
  newParagraph,
  np,
  plan,
  remove,
  saved,
  send,
  suggest,
  textOf,
} from './build';

const draft = plan(
  'Action plan on the social economy',
  hd('h1', 'Introduction'),
  np('p1', 'The task force will support member states in strengthening policy frameworks.'),
  np('p2', 'Statistics on the social economy remain scarce and uneven across regions.'),
  np('p3', 'Reporting takes place every two years.'),
);

function merge(...args: Parameters<typeof mergeReviewCopy>) {
  const merged = mergeReviewCopy(...args);
  if (!merged.ok) throw new Error(merged.error.message);
  // The merged file must open again as a file read from disk would.
  const reread = loadAccordValue(JSON.parse(JSON.stringify(merged.value.file)), 'merged');
  if (!reread.ok) throw new Error(reread.error.message);
  return merged.value;
}

describe('merging a returned review copy', () => {
  const sent = send(masterOf(draft), draft);

  it('applies a suggestion in a paragraph the master left alone, attributed to the reviewer', () => {
    const copyDoc = suggest(draft, 'p3', 'two', 'three', ben, 'b1');
    const { doc, report } = merge(sent.master, draft, saved(sent.copy, copyDoc), copyDoc, at(30));
    expect(changesIn(doc, 'p3')).toEqual([
      { kind: 'deletion', text: 'two', id: 'b1', author: 'Ben Okafor' },
      { kind: 'insertion', text: 'three', id: 'b1', author: 'Ben Okafor' },
    ]);
    expect(report).toMatchObject({ suggestions: 1, conflicts: [], reviewer: 'ILO' });
  });

  it('keeps the master’s edit and adds the reviewer’s where they changed other words of one paragraph', () => {
    const master = edit(draft, 'p2', 'scarce', 'limited');
    const copyDoc = suggest(draft, 'p2', 'uneven', 'patchy', ben, 'b2');
    const { doc, report } = merge(sent.master, master, saved(sent.copy, copyDoc), copyDoc);
    expect(textOf(doc, 'p2')).toBe(
      'Statistics on the social economy remain limited and unevenpatchy across regions.',
    );
    expect(changesIn(doc, 'p2').map((c) => [c.kind, c.text])).toEqual([
      ['deletion', 'uneven'],
      ['insertion', 'patchy'],
    ]);
    expect(report.conflicts).toEqual([]);
  });

  it('keeps both proposals and flags a conflict where the reviewer and the master changed the same words', () => {
    const master = edit(draft, 'p2', 'scarce', 'limited');
    const copyDoc = suggest(draft, 'p2', 'scarce', 'rare', ben, 'b3');
    const { doc, file, report } = merge(sent.master, master, saved(sent.copy, copyDoc), copyDoc);
    // The master's words stand; the reviewer's proposal replaces them only if accepted.
    expect(textOf(doc, 'p2')).toBe(
      'Statistics on the social economy remain limitedrare and uneven across regions.',
    );
    const changes = changesIn(doc, 'p2');
    expect(changes.map((c) => [c.kind, c.text, c.author])).toEqual([
      ['deletion', 'limited', 'Ben Okafor'],
      ['insertion', 'rare', 'Ben Okafor'],
    ]);
    const id = changes[0]!.id;
    expect(isConflictId(id)).toBe(true);
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        kind: 'same-words',
        proposed: 'rare',
        current: 'limited',
        sent: 'scarce',
        id,
      }),
    ]);
    // The conflict is a thread by the reviewer on the words, and a change in the changes panel.
    const note = file.comments.find((t) => t.id === id)!;
    expect(note.comments[0]).toMatchObject({ author: { name: 'Ben Okafor', organization: 'ILO' } });
    expect(note.comments[0]!.text).toContain(
      'Conflict: Ben Okafor proposed “rare” where the master now reads “limited”',
    );
    expect(markedThreads(doc).has(id)).toBe(true);
    expect(
      listChanges(doc)
        .filter((c) => c.id === id)
        .map((c) => c.kind),
    ).toEqual(['delete', 'insert']);
    const accepted = acceptChange(doc, id).doc;
    accepted.check();
    expect(textOf(accepted, 'p2')).toBe(
      'Statistics on the social economy remain rare and uneven across regions.',
    );
    expect(textOf(rejectChange(doc, id).doc, 'p2')).toBe(
      'Statistics on the social economy remain limited and uneven across regions.',
    );
  });

  it('does not flag a conflict when the reviewer made the same edit as the master', () => {
    const master = edit(draft, 'p2', 'scarce', 'rare');
    const copyDoc = suggest(draft, 'p2', 'scarce', 'rare', ben, 'b4');
    const { doc, report } = merge(sent.master, master, saved(sent.copy, copyDoc), copyDoc);
    expect(report.conflicts).toEqual([]);
    expect(doc.eq(master)).toBe(true);
  });

  it('keeps, as a conflict note, a reviewer’s changes to a paragraph the master deleted', () => {
    const master = remove(draft, 'p3');
    const copyDoc = suggest(draft, 'p3', 'two', 'three', ben, 'b5');
    const { doc, file, report } = merge(sent.master, master, saved(sent.copy, copyDoc), copyDoc);
    expect(doc.eq(master)).toBe(true);
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        kind: 'deleted-in-master',
        proposed: 'Reporting takes place every three years.',
      }),
    ]);
    const note = file.comments.find((t) => t.id === report.conflicts[0]!.id)!;
    expect(note).toMatchObject({
      blockId: 'p3',
      quote: 'Reporting takes place every three years.',
      section: 'I. Introduction',
    });
  });

  it('adds a paragraph the reviewer wrote after the one it followed', () => {
    const copyDoc = insertAfter(
      draft,
      'p1',
      newParagraph('new1', 'A new paragraph on finance.', ben, 'b6'),
    );
    const master = remove(draft, 'p3');
    const { doc, report } = merge(sent.master, master, saved(sent.copy, copyDoc), copyDoc);
    const ids: string[] = [];
    doc.forEach((b) => ids.push(String(b.attrs.id)));
    expect(ids.slice(1)).toEqual(['h1', 'p1', 'new1', 'p2']);
    expect(changesIn(doc, 'new1')).toEqual([
      { kind: 'insertion', text: 'A new paragraph on finance.', id: 'b6', author: 'Ben Okafor' },
    ]);
    expect(report.suggestions).toBe(1);
  });
});

describe('merging comments from a returned copy', () => {
  const sent = send(masterOf(draft), draft);

  it('anchors a new thread on the same words, even when the master edited around them', () => {
    const c = comment(draft, sent.copy.comments, {
      id: 't1',
      block: 'p1',
      text: 'policy frameworks',
      by: ben,
      says: 'Which ones?',
    });
    const master = edit(draft, 'p1', 'strengthening', 'building');
    const { doc, file, report } = merge(
      sent.master,
      master,
      saved(sent.copy, c.doc, c.threads),
      c.doc,
    );
    expect(markedThreads(doc).has('t1')).toBe(true);
    expect(file.comments.find((t) => t.id === 't1')).toMatchObject({
      quote: 'policy frameworks',
      blockId: 'p1',
    });
    expect(report).toMatchObject({ threads: 1, comments: 1, replies: 0, detached: [] });
  });

  it('keeps a comment on words the master deleted, detached with its quote', () => {
    const c = comment(draft, sent.copy.comments, {
      id: 't2',
      block: 'p3',
      text: 'every two years',
      by: ben,
      says: 'Too rare.',
    });
    const master = edit(draft, 'p3', ' every two years', '');
    const { doc, file, report } = merge(
      sent.master,
      master,
      saved(sent.copy, c.doc, c.threads),
      c.doc,
    );
    expect(markedThreads(doc).has('t2')).toBe(false);
    expect(file.comments.find((t) => t.id === 't2')).toMatchObject({
      quote: 'every two years',
      comments: [expect.objectContaining({ text: 'Too rare.' })],
    });
    expect(report.detached).toEqual([{ threadId: 't2', quote: 'every two years' }]);
  });

  it('finds the words in another block when their block is gone and they occur once', () => {
    const c = comment(draft, sent.copy.comments, {
      id: 't3',
      block: 'p3',
      text: 'Reporting takes place',
      by: ben,
      says: '?',
    });
    const master = append(remove(draft, 'p3'), np('p9', 'Reporting takes place yearly.'));
    const { doc, report } = merge(sent.master, master, saved(sent.copy, c.doc, c.threads), c.doc);
    expect(markedThreads(doc).has('t3')).toBe(true);
    expect(report.detached).toEqual([]);
  });
});
