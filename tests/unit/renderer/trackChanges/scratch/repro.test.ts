import { it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { acceptAll, rejectAll } from '../../../../../shared/changes';
import { enter } from '../../../../../renderer/editor/commands/enter';
import { doc, np } from '../../../shared/changes/build';
import { cursor, edit, posOf, run, runs, tracked } from '../setup';

const show = (d: import('prosemirror-model').Node) => { const o: string[] = []; d.forEach((c) => o.push(JSON.stringify(c.toJSON()))); return o.join('\n'); };

it('bug1', () => {
  const start = tracked(doc(np('a', 'Delta epsilon.')));
  let s = run(cursor(start, 'Delta epsilo'), enter);
  console.log(show(s.doc));
  s = run(cursor(s, 'n.', 0), enter);
  console.log(show(s.doc));
  const r = rejectAll(s.doc).doc;
  console.log('REJECT', show(r), r.eq(start.doc));
  console.log('ACCEPT', show(acceptAll(s.doc).doc));
});

it('bug2', () => {
  const start = tracked(doc(np('a', 'Alpha'), np('b', 'Beta gamma'), np('c', 'Delta')));
  const from = posOf(start.doc, 'Beta gamma');
  let s = start.apply(start.tr.setSelection(TextSelection.create(start.doc, from, from + 10)));
  s = edit(s, (tr) => tr.deleteSelection());
  console.log(show(s.doc), runs(s.doc));
  console.log('ACCEPT', show(acceptAll(s.doc).doc));
  console.log('REJECT', show(rejectAll(s.doc).doc), rejectAll(s.doc).doc.eq(start.doc));
});
