import { describe, expect, it } from 'vitest';
import {
  createThread,
  deleteComment,
  DELETED_TEXT,
  editComment,
  reanchor,
  reopen,
  reply,
  resolve,
  sameAuthor,
} from '../../../../shared/comments';
import type { Thread } from '../../../../shared/document/fileSchema';
import type { Result } from '../../../../shared/result';
import { ana, ben, thread } from './build';

const T0 = '2025-02-01T10:00:00.000Z';
const anchor = { quote: 'the words', blockId: 'p1', section: 'I. Introduction' };

function value(result: Result<Thread[]>): Thread[] {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function error(result: Result<Thread[]>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('createThread', () => {
  it('starts an open thread with its first comment and the anchor it was made on', () => {
    const threads = value(
      createThread([], {
        id: 't1',
        anchor,
        comment: { author: ana, text: 'Why?', time: T0, id: 'c1' },
      }),
    );
    expect(threads).toEqual([
      {
        id: 't1',
        status: 'open',
        ...anchor,
        comments: [{ id: 'c1', author: ana, time: T0, text: 'Why?' }],
      },
    ]);
  });

  it('gives the first comment a fresh id when none is given', () => {
    const [created] = value(
      createThread([], { id: 't1', anchor, comment: { author: ana, text: 'x', time: T0 } }),
    );
    expect(created?.comments[0]?.id).toMatch(/^[a-z0-9]{12}$/);
  });

  it('refuses empty and whitespace-only text with a message', () => {
    for (const text of ['', '   ', '\n\t ']) {
      const refused = error(
        createThread([], { id: 't1', anchor, comment: { author: ana, text, time: T0 } }),
      );
      expect(refused).toEqual({
        code: 'invalid-argument',
        message: 'Write something before posting a comment.',
      });
    }
  });

  it('accepts a 100,000-character comment unchanged', () => {
    const text = 'a'.repeat(100_000);
    const [created] = value(
      createThread([], { id: 't1', anchor, comment: { author: ana, text, time: T0 } }),
    );
    expect(created?.comments[0]?.text).toBe(text);
  });

  it('refuses text over the file format limit', () => {
    const refused = error(
      createThread([], {
        id: 't1',
        anchor,
        comment: { author: ana, text: 'a'.repeat(1_000_001), time: T0 },
      }),
    );
    expect(refused.code).toBe('too-large');
    expect(refused.message).toMatch(/too long \(1,000,001 characters; at most 1,000,000\)/);
  });

  it('asks who the user is before the first comment', () => {
    const refused = error(
      createThread([], { id: 't1', anchor, comment: { author: null, text: 'x', time: T0 } }),
    );
    expect(refused.message).toMatch(/Say who you are/);
  });

  it('refuses a thread id already in use', () => {
    const refused = error(
      createThread([thread('t1')], {
        id: 't1',
        anchor,
        comment: { author: ana, text: 'x', time: T0 },
      }),
    );
    expect(refused.message).toMatch(/already exists/);
  });
});

describe('reply', () => {
  it('adds a comment by anyone at the end of the thread', () => {
    const [t1] = value(
      reply([thread('t1')], 't1', { author: ben, text: 'Because.', time: T0, id: 'r1' }),
    );
    expect(t1?.comments.map((c) => [c.author.name, c.text])).toEqual([
      ['Ana Reviewer', 'Why?'],
      ['Ben Drafter', 'Because.'],
    ]);
  });

  it('refuses an empty reply and an unknown thread', () => {
    expect(error(reply([thread('t1')], 't1', { author: ben, text: ' ', time: T0 })).code).toBe(
      'invalid-argument',
    );
    expect(error(reply([thread('t1')], 'nope', { author: ben, text: 'x', time: T0 })).code).toBe(
      'not-found',
    );
  });

  it('leaves the input array untouched', () => {
    const threads = [thread('t1')];
    value(reply(threads, 't1', { author: ben, text: 'x', time: T0 }));
    expect(threads[0]?.comments).toHaveLength(1);
  });
});

describe('editComment', () => {
  it('changes one’s own comment and records when', () => {
    const [t1] = value(
      editComment([thread('t1')], 't1', 't1-c1', { author: ana, text: 'How?', time: T0 }),
    );
    expect(t1?.comments[0]).toMatchObject({ text: 'How?', edited: T0 });
  });

  it('treats the same name and organization as the same author, whatever the initials or case', () => {
    const me = { name: ' ana  reviewer', initials: 'A', organization: 'ilo' };
    expect(sameAuthor(me, ana)).toBe(true);
    expect(sameAuthor({ ...ana, organization: 'OECD' }, ana)).toBe(false);
    expect(
      value(editComment([thread('t1')], 't1', 't1-c1', { author: me, text: 'ok', time: T0 })),
    ).toHaveLength(1);
  });

  it('refuses to edit someone else’s comment, saying whose it is', () => {
    const refused = error(
      editComment([thread('t1')], 't1', 't1-c1', { author: ben, text: 'x', time: T0 }),
    );
    expect(refused).toEqual({
      code: 'read-only',
      message: 'Only Ana Reviewer can edit this comment; you can reply to it.',
    });
  });

  it('refuses empty text, unknown comments and a missing identity', () => {
    const threads = [thread('t1')];
    expect(
      error(editComment(threads, 't1', 't1-c1', { author: ana, text: '', time: T0 })).code,
    ).toBe('invalid-argument');
    expect(error(editComment(threads, 't1', 'zz', { author: ana, text: 'x', time: T0 })).code).toBe(
      'not-found',
    );
    expect(
      error(editComment(threads, 't1', 't1-c1', { author: null, text: 'x', time: T0 })).message,
    ).toMatch(/Say who you are/);
  });
});

describe('deleteComment', () => {
  const withReplies = (...authors: (typeof ana)[]): Thread => ({
    ...thread('t1'),
    comments: [
      ...thread('t1').comments,
      ...authors.map((author, i) => ({ id: `r${i}`, author, time: T0, text: `reply ${i}` })),
    ],
  });

  it('deletes a reply', () => {
    const [t1] = value(deleteComment([withReplies(ben)], 't1', 'r0', ben, T0));
    expect(t1?.comments.map((c) => c.id)).toEqual(['t1-c1']);
  });

  it('deletes the whole thread with its opening comment when nobody else replied', () => {
    expect(
      value(deleteComment([thread('t1'), thread('t2')], 't1', 't1-c1', ana, T0)).map((t) => t.id),
    ).toEqual(['t2']);
    expect(value(deleteComment([withReplies(ana)], 't1', 't1-c1', ana, T0))).toEqual([]);
  });

  it('keeps others’ replies: the opening comment becomes “(deleted)”', () => {
    const [t1] = value(deleteComment([withReplies(ben)], 't1', 't1-c1', ana, T0));
    expect(t1?.comments.map((c) => c.text)).toEqual([DELETED_TEXT, 'reply 0']);
    expect(t1?.comments[0]?.edited).toBe(T0);
  });

  it('drops a thread once only the “(deleted)” stand-in is left', () => {
    const kept = value(deleteComment([withReplies(ben)], 't1', 't1-c1', ana, T0));
    expect(value(deleteComment(kept, 't1', 'r0', ben, T0))).toEqual([]);
  });

  it('refuses to delete someone else’s comment', () => {
    const refused = error(deleteComment([withReplies(ben)], 't1', 't1-c1', ben, T0));
    expect(refused.code).toBe('read-only');
    expect(refused.message).toBe('Only Ana Reviewer can delete this comment; you can reply to it.');
  });

  it('refuses without an identity, and for unknown threads', () => {
    expect(error(deleteComment([thread('t1')], 't1', 't1-c1', null, T0)).message).toMatch(
      /Say who you are/,
    );
    expect(error(deleteComment([thread('t1')], 'x', 't1-c1', ana, T0)).code).toBe('not-found');
  });
});

describe('resolve and reopen', () => {
  it('resolves a thread by anyone, recording who and when, and reopens it', () => {
    const resolved = value(resolve([thread('t1')], 't1', ben, T0));
    expect(resolved[0]).toMatchObject({ status: 'resolved', resolvedBy: ben, resolvedAt: T0 });
    const reopened = value(reopen(resolved, 't1'));
    expect(reopened[0]?.status).toBe('open');
    expect(reopened[0]).not.toHaveProperty('resolvedBy');
    expect(reopened[0]).not.toHaveProperty('resolvedAt');
  });

  it('refuses to resolve a resolved thread or reopen an open one', () => {
    const resolved = value(resolve([thread('t1')], 't1', ben, T0));
    expect(error(resolve(resolved, 't1', ben, T0)).message).toBe(
      'This thread is already resolved.',
    );
    expect(error(reopen([thread('t1')], 't1')).message).toBe('This thread is already open.');
  });

  it('refuses to resolve without an identity or for an unknown thread', () => {
    expect(error(resolve([thread('t1')], 't1', null, T0)).message).toMatch(/Say who you are/);
    expect(error(reopen([thread('t1')], 'x')).code).toBe('not-found');
  });
});

describe('reanchor', () => {
  it('stores the new anchor', () => {
    const [t1] = value(reanchor([thread('t1')], 't1', anchor));
    expect(t1).toMatchObject(anchor);
  });

  it('refuses an anchor without text', () => {
    expect(error(reanchor([thread('t1')], 't1', { ...anchor, quote: ' ' })).code).toBe(
      'invalid-argument',
    );
    expect(error(reanchor([thread('t1')], 'x', anchor)).code).toBe('not-found');
  });
});
