// Seeded random review rounds through the real suggestion mode: whatever the reviewer and the
// master did, the merge leaves a valid document, rejecting every suggestion gives the master
// back, and with an unchanged master the merge is the copy itself.
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { afterEach, describe, expect, it } from 'vitest';
import { rejectAll } from '../../../../shared/changes';
import { enter } from '../../../../renderer/editor/commands/enter';
import { mergeReviewCopy } from '../../../../shared/review';
import { doc, np } from '../../shared/changes/build';
import { masterOf, saved, send } from '../../shared/review/build';
import { actAs, press, resetSession, run, tracked, type } from '../trackChanges/setup';
import { TextSelection } from 'prosemirror-state';

afterEach(resetSession);

const base = doc(
  np('p1', 'The task force will support member states in building policy frameworks.'),
  np('p2', 'Statistics on the social economy remain scarce and uneven across regions.'),
  np('p3', 'Finance for cooperatives is the second topic of this plan.'),
  np('p4', 'Reporting takes place every two years, in June.'),
);

function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A random position inside the text of a random body paragraph. */
function somewhere(state: EditorState, rand: () => number): number {
  const spots: number[] = [];
  state.doc.forEach((child, offset, index) => {
    if (index === 0 || !child.isTextblock || child.content.size < 4) return;
    spots.push(offset + 1 + Math.floor(rand() * child.content.size));
  });
  return spots[Math.floor(rand() * spots.length)] ?? 1;
}

function at(state: EditorState, pos: number, to = pos): EditorState {
  const max = state.doc.content.size;
  const sel = TextSelection.create(state.doc, Math.min(pos, max), Math.min(to, max));
  return state.apply(state.tr.setSelection(sel));
}

/** A few edits: typing, deleting a few characters, splitting a paragraph. */
function scribble(
  state: EditorState,
  rand: () => number,
  edits: number,
  splits: boolean,
): EditorState {
  let next = state;
  for (let i = 0; i < edits; i++) {
    const pos = somewhere(next, rand);
    const kind = Math.floor(rand() * (splits ? 3 : 2));
    if (kind === 0) next = type(at(next, pos), ` w${Math.floor(rand() * 100)}`);
    else if (kind === 1) next = press(at(next, pos), 'Backspace', 1 + Math.floor(rand() * 4));
    else {
      const moved = at(next, pos);
      try {
        next = run(moved, enter);
      } catch {
        next = moved;
      }
    }
  }
  return next;
}

function texts(d: Node): string[] {
  const out: string[] = [];
  d.forEach((child, _o, i) => {
    if (i > 0) out.push(child.textContent);
  });
  return out;
}

describe('random review rounds', () => {
  for (let seed = 1; seed <= 25; seed++) {
    it(`round ${seed}: valid, rejecting every suggestion gives the master back`, () => {
      const rand = sequence(seed);
      actAs('Ben Okafor', 'ILO');
      const copyDoc = scribble(tracked(base), rand, 6, true).doc;
      const sent = send(masterOf(base), base);
      const copy = saved(sent.copy, copyDoc);
      const same = mergeReviewCopy(sent.master, base, copy, copyDoc);
      if (!same.ok) throw new Error(same.error.message);
      expect(same.value.doc.eq(copyDoc)).toBe(true);

      actAs('Ana Ruiz', 'Secretariat');
      const master = scribble(tracked(base, false), rand, 4, false).doc;
      const merged = mergeReviewCopy(sent.master, master, copy, copyDoc);
      if (!merged.ok) throw new Error(merged.error.message);
      merged.value.doc.check();
      expect(texts(rejectAll(merged.value.doc).doc)).toEqual(texts(master));
      const again = mergeReviewCopy(merged.value.file, merged.value.doc, copy, copyDoc);
      expect(again.ok && again.value.doc).toBe(merged.value.doc);
    });
  }
});
