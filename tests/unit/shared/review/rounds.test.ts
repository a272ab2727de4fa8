import { describe, expect, it } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import { loadVersion } from '../../../../shared/versions';
import {
  importReviewCopies,
  makeReviewCopy,
  mergeReviewCopy,
  reviewCopyStem,
} from '../../../../shared/review';
import {
  ana,
  at,
  ben,
  changesIn,
  cleo,
  comment,
  hd,
  iso,
  masterOf,
  np,
  plan,
  replyTo,
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
);

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('sending a copy for review', () => {
  it('saves a “Sent for review” version and makes a copy that names the master and that version', () => {
    const file = masterOf(draft);
    const { master, copy, version } = ok(
      makeReviewCopy(file, draft, {
        reviewers: [' ILO ', '', 'OECD'],
        due: '2025-04-01',
        now: at(1),
        author: ana,
      }),
    );
    expect(version).toMatchObject({
      name: 'Sent for review 2025-03-14',
      reason: 'review',
      author: ana,
    });
    expect(master.versions.list).toEqual([version]);
    expect(copy.documentId).not.toBe(file.documentId);
    expect(copy.review).toEqual({
      sourceDocumentId: file.documentId,
      baseVersionId: version.id,
      reviewers: ['ILO', 'OECD'],
      due: '2025-04-01',
      sentAt: iso(1),
    });
    // The copy carries the version sent, so its reviewer can compare against it.
    const base = loadVersion(copy, version.id);
    expect(base.ok && base.value.eq(draft)).toBe(true);
    expect(copy.meta.title).toBe('Action plan on the social economy');
  });

  it('refuses to send a review copy itself for review', () => {
    const { copy } = send(masterOf(draft), draft);
    const again = makeReviewCopy(copy, draft, {
      reviewers: [],
      due: null,
      now: at(2),
      author: ana,
    });
    expect(!again.ok && again.error.code).toBe('invalid-argument');
  });

  it('names copies after the title, the date and the reviewers, without characters file systems refuse', () => {
    expect(reviewCopyStem('Plan: 2025/26', ['ILO', 'OECD'], at(1))).toBe(
      'Plan 2025 26 – review 2025-03-14 – ILO, OECD',
    );
    const long = reviewCopyStem('Action plan '.repeat(30), ['ILO'], at(1));
    expect(long).toMatch(/^Action plan Action plan .*… – review 2025-03-14 – ILO$/);
    expect(Array.from(long).length).toBeLessThanOrEqual(120);
  });
});

describe('importing review copies', () => {
  const sent = send(masterOf(draft), draft);

  it('takes replies from two reviewers to the same thread, each once, in time order', () => {
    const opened = comment(draft, sent.master.comments, {
      id: 't1',
      block: 'p1',
      text: 'policy',
      by: ana,
      says: 'Scope?',
      minute: 0,
    });
    const round = send({ ...masterOf(draft), comments: opened.threads }, opened.doc);
    const fromBen = saved(
      round.copy,
      opened.doc,
      replyTo(round.copy.comments, 't1', 'r-ben', ben, 'National ones.', 20),
    );
    const fromCleo = saved(
      round.copy,
      opened.doc,
      replyTo(round.copy.comments, 't1', 'r-cleo', cleo, 'And local.', 15),
    );
    const imported = ok(
      importReviewCopies(
        round.master,
        opened.doc,
        [
          { file: fromBen, doc: opened.doc, name: 'ben.accord' },
          { file: fromCleo, doc: opened.doc, name: 'cleo.accord' },
          { file: fromBen, doc: opened.doc, name: 'ben again.accord' },
        ],
        { author: ana, now: at(40) },
      ),
    );
    const thread = imported.file.comments.find((t) => t.id === 't1')!;
    expect(thread.comments.map((c) => c.id)).toEqual(['t1-1', 'r-cleo', 'r-ben']);
    expect(imported.reports.map((r) => r.replies)).toEqual([1, 1, 0]);
  });

  it('changes nothing when the same copy is imported a second time', () => {
    const c = comment(draft, sent.copy.comments, {
      id: 't2',
      block: 'p2',
      text: 'scarce',
      by: ben,
      says: 'Source?',
    });
    const copyDoc = suggest(c.doc, 'p1', 'strengthening', 'building', ben, 'b1');
    const copy = saved(sent.copy, copyDoc, c.threads);
    const first = ok(mergeReviewCopy(sent.master, draft, copy, copyDoc, at(30)));
    const second = ok(mergeReviewCopy(first.file, first.doc, copy, copyDoc, at(31)));
    expect(second.doc).toBe(first.doc);
    expect(second.file).toBe(first.file);
    expect(second.report).toMatchObject({ threads: 0, comments: 0, suggestions: 0, conflicts: [] });
    // Through the import, the copy is remembered even after its suggestions were accepted.
    const imported = ok(
      importReviewCopies(sent.master, draft, [{ file: copy, doc: copyDoc, name: 'c' }], {
        author: ana,
        now: at(30),
      }),
    );
    expect(imported.version).toMatchObject({
      name: 'Before importing review from ILO',
      reason: 'review',
    });
    const again = ok(
      importReviewCopies(imported.file, imported.doc, [{ file: copy, doc: copyDoc, name: 'c' }], {
        author: ana,
        now: at(32),
      }),
    );
    expect(again.reports[0]!.alreadyImported).toBe(true);
    expect(again.file).toBe(imported.file);
  });

  it('refuses a copy of a different document, naming both titles, and changes nothing', () => {
    const other = plan('Another plan', np('x1', 'Other text.'));
    const theirs = send(newAccordFile(other, at(0)), other);
    const merged = mergeReviewCopy(sent.master, draft, theirs.copy, other);
    expect(!merged.ok && merged.error).toEqual({
      code: 'invalid-argument',
      message:
        'The review copy “Another plan” was sent from another document, not from “Action plan on the social economy”; import it into the document it came from. Nothing was imported.',
    });
    const notCopy = mergeReviewCopy(sent.master, draft, sent.master, draft);
    expect(!notCopy.ok && notCopy.error.message).toContain('is this document itself');
    const all = importReviewCopies(
      sent.master,
      draft,
      [{ file: theirs.copy, doc: other, name: 'other.accord' }],
      { author: ana, now: at(5) },
    );
    expect(!all.ok && all.error.message).toMatch(/^other\.accord: The review copy “Another plan”/);
  });

  it('imports only comments, with a warning, when the master lost the version the copy was sent from', () => {
    const c = comment(draft, sent.copy.comments, {
      id: 't3',
      block: 'p2',
      text: 'scarce',
      by: ben,
      says: 'Source?',
    });
    const copyDoc = suggest(c.doc, 'p1', 'strengthening', 'building', ben, 'b2');
    const lost = { ...sent.master, versions: { blocks: {}, list: [] } };
    const merged = ok(mergeReviewCopy(lost, draft, saved(sent.copy, copyDoc, c.threads), copyDoc));
    expect(merged.report).toMatchObject({ commentsOnly: true, threads: 1, suggestions: 0 });
    expect(merged.report.warnings[0]).toBe(
      'The master no longer has the version “Sent for review 2025-03-14”, so only comments were imported; the reviewer’s suggestions were not. Compare the copy with the master to bring them in by hand.',
    );
    expect(changesIn(merged.doc, 'p1')).toEqual([]);
  });

  it('flags a conflict when two reviewers changed the same words, keeping both proposals', () => {
    const fromBen = suggest(draft, 'p2', 'scarce', 'rare', ben, 'b3');
    const fromCleo = suggest(draft, 'p2', 'scarce', 'lacking', cleo, 'c3', 7);
    const imported = ok(
      importReviewCopies(
        sent.master,
        draft,
        [
          { file: saved(sent.copy, fromBen), doc: fromBen, name: 'ben' },
          { file: saved(sent.copy, fromCleo), doc: fromCleo, name: 'cleo' },
        ],
        { author: ana, now: at(40) },
      ),
    );
    expect(imported.reports[0]).toMatchObject({ suggestions: 1, conflicts: [] });
    expect(imported.reports[1]!.conflicts).toEqual([
      expect.objectContaining({
        kind: 'same-words',
        reviewer: 'Cleo Martin',
        proposed: 'lacking',
        sent: 'scarce',
      }),
    ]);
    expect(textOf(imported.doc, 'p2')).toContain('scarcerarelacking');
    expect(changesIn(imported.doc, 'p2').map((c) => [c.kind, c.text, c.author])).toEqual([
      ['deletion', 'scarce', 'Ben Okafor'],
      ['insertion', 'rare', 'Ben Okafor'],
      ['insertion', 'lacking', 'Cleo Martin'],
    ]);
  });

  it('carries the reviewer’s edits of their own comments and their resolving a thread', () => {
    const opened = comment(draft, [], {
      id: 't4',
      block: 'p1',
      text: 'policy',
      by: ben,
      says: 'First thought.',
      minute: 0,
    });
    const round = send({ ...masterOf(draft), comments: opened.threads }, opened.doc);
    const threads = round.copy.comments.map((t) => ({
      ...t,
      status: 'resolved' as const,
      resolvedBy: ben,
      resolvedAt: iso(20),
      comments: t.comments.map((c) => ({ ...c, text: 'Second thought.', edited: iso(19) })),
    }));
    const merged = ok(
      mergeReviewCopy(round.master, opened.doc, saved(round.copy, opened.doc, threads), opened.doc),
    );
    expect(merged.file.comments[0]).toMatchObject({
      status: 'resolved',
      comments: [{ text: 'Second thought.' }],
    });
    expect(merged.report).toMatchObject({ edited: 1, statusChanges: 1 });
  });

  it('does not bring back a thread the master deleted after sending, and says so', () => {
    const opened = comment(draft, [], {
      id: 't5',
      block: 'p1',
      text: 'policy',
      by: ana,
      says: 'Old note.',
      minute: 0,
    });
    const round = send({ ...masterOf(draft), comments: opened.threads }, opened.doc);
    const master = { ...round.master, comments: [] };
    const merged = ok(mergeReviewCopy(master, draft, round.copy, opened.doc));
    expect(merged.file.comments).toEqual([]);
    expect(merged.report.warnings).toEqual([
      'A thread (“Old note.”) was deleted from the master after the copy was sent; it was not brought back.',
    ]);
  });
});
