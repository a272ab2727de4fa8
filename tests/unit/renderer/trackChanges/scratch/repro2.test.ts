import { it } from 'vitest';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { baseKeymap } from 'prosemirror-commands';
import { acceptAll, rejectAll } from '../../../../../shared/changes';
import { createEditorState } from '../../../../../renderer/editor/setup';
import { doc, np, pp, hd, li, ul, record } from '../../../shared/changes/build';
import { posOf, runs } from '../setup';
import type { Node } from 'prosemirror-model';

const show = (d: Node) => { const o: string[] = []; d.forEach((c) => o.push(JSON.stringify(c.toJSON()))); return o.join('\n'); };
const cases: [string, Node, string][] = [
  ['np mid', doc(np('a', 'Alpha'), np('b', 'Beta gamma'), np('c', 'Delta')), 'Beta gamma'],
  ['np only', doc(np('b', 'Beta gamma')), 'Beta gamma'],
  ['np last', doc(np('a', 'Alpha'), np('b', 'Beta gamma')), 'Beta gamma'],
  ['np first', doc(np('b', 'Beta gamma'), np('a', 'Alpha')), 'Beta gamma'],
  ['heading', doc(hd('h', 2, 'Beta gamma'), np('a', 'Alpha')), 'Beta gamma'],
  ['list', doc(ul('l', li('i', pp('p', 'Beta gamma')))), 'Beta gamma'],
  ['list2', doc(ul('l', li('i', pp('p', 'Alpha')), li('j', pp('q', 'Beta gamma')))), 'Beta gamma'],
  ['record', doc(record('r', 'Beta gamma')), 'Beta gamma'],
];
for (const [name, d, text] of cases) it(name, () => {
  let s: EditorState = createEditorState(d, { trackChanges: 'on', getAuthor: () => ({ name: 'Ana', initials: 'AN', organization: 'ILO' }) });
  const from = posOf(s.doc, text);
  s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, from, from + text.length)));
  const ok = baseKeymap.Backspace!(s, (tr) => (s = s.apply(tr)));
  console.log(name, ok, runs(s.doc));
  console.log(show(s.doc));
  console.log('ACCEPT', runs(acceptAll(s.doc).doc), 'REJECT eq', rejectAll(s.doc).doc.eq(d));
});
