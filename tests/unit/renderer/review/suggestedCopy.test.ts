// Review copies edited through the real suggestion mode (typing, Enter, Backspace), then merged.
import type { Node } from 'prosemirror-model';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptAll, listChanges, rejectAll } from '../../../../shared/changes';
import { enter } from '../../../../renderer/editor/commands/enter';
import { editorCommands } from '../../../../renderer/editor/commands/registry';
import { mergeReviewCopy } from '../../../../shared/review';
import { doc, np } from '../../shared/changes/build';
import { masterOf, saved, send } from '../../shared/review/build';
import {
  actAs,
  cursor,
  press,
  resetSession,
  run,
  select,
  tracked,
  type,
} from '../trackChanges/setup';

afterEach(resetSession);

const base = doc(
  np('p1', 'The task force will support member states.'),
  np('p2', 'Statistics remain scarce. Finance is the second topic.'),
  np('p3', 'Reporting takes place every two years.'),
);

/** The body's textblocks as text, after the master's structure. */
function texts(d: Node): string[] {
  const out: string[] = [];
  d.forEach((child, _o, i) => {
    if (i > 0) out.push(child.textContent);
  });
  return out;
}

/** Ben's review: a word replaced, a paragraph split, a new paragraph, a deletion. */
function review(): Node {
  actAs('Ben Okafor', 'ILO');
  let state = tracked(base);
  state = type(select(state, 'support'), 'assist');
  state = run(cursor(state, 'Statistics remain scarce.'), enter);
  state = type(cursor(state, 'every two years.'), '');
  state = run(cursor(state, 'every two years.'), enter);
  state = type(state, 'A new closing paragraph.');
  state = press(cursor(state, 'every two'), 'Backspace', 4);
  return state.doc;
}

function merged(master: Node, copyDoc: Node) {
  const sent = send(masterOf(base), base);
  const result = mergeReviewCopy(sent.master, master, saved(sent.copy, copyDoc), copyDoc);
  if (!result.ok) throw new Error(result.error.message);
  result.value.doc.check();
  return result.value;
}

describe('a copy edited in suggestion mode, merged into the master', () => {
  it('gives the copy itself when the master has not changed', () => {
    const copyDoc = review();
    const { doc: out, report } = merged(base, copyDoc);
    expect(out.eq(copyDoc)).toBe(true);
    expect(report.suggestions).toBe(listChanges(copyDoc).length);
    expect(report.conflicts).toEqual([]);
  });

  it('rebases the same suggestions onto a master edited elsewhere: rejecting them all gives the master back', () => {
    const copyDoc = review();
    let master = tracked(base, false);
    master = type(select(master, 'The task force'), 'The inter-agency task force');
    master = type(select(master, 'Finance'), 'Access to finance');
    const { doc: out, report } = merged(master.doc, copyDoc);
    expect(report.conflicts).toEqual([]);
    expect(texts(rejectAll(out).doc)).toEqual(texts(master.doc));
    expect(texts(acceptAll(out).doc)).toEqual([
      'The inter-agency task force will assist member states.',
      'Statistics remain scarce.',
      ' Access to finance is the second topic.',
      'Reporting takes place every years.',
      'A new closing paragraph.',
    ]);
    const authors = new Set(listChanges(out).map((c) => c.author));
    expect([...authors]).toEqual(['Ben Okafor']);
  });

  it('carries a paragraph made a heading and one wrapped in a bullet list, as the reviewer left them', () => {
    actAs('Ben Okafor', 'ILO');
    let state = tracked(base);
    state = run(cursor(state, 'The task force'), editorCommands.heading1.run);
    state = run(cursor(state, 'Statistics'), editorCommands.bulletList.run);
    const copyDoc = state.doc;
    let master = tracked(base, false);
    master = type(select(master, 'second topic'), 'second theme');
    const { doc: out, report } = merged(master.doc, copyDoc);
    expect(report.conflicts).toEqual([]);
    expect(texts(rejectAll(out).doc)).toEqual(texts(master.doc));
    const types: string[] = [];
    acceptAll(out).doc.forEach((child, _o, i) => {
      if (i > 0) types.push(`${child.type.name}: ${child.textContent}`);
    });
    expect(types).toEqual([
      'heading: The task force will support member states.',
      'bullet_list: Statistics remain scarce. Finance is the second theme.',
      'numbered_paragraph: Reporting takes place every two years.',
    ]);
    expect(report.suggestions).toBe(2);
    expect(report.warnings).toEqual([]);
    const sent = send(masterOf(base), base);
    const again = mergeReviewCopy(sent.master, out, saved(sent.copy, copyDoc), copyDoc);
    expect(again.ok && again.value.doc).toBe(out);
  });
});
