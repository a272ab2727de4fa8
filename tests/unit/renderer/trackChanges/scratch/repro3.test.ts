// @vitest-environment happy-dom
import { it, afterEach } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { doc, np } from '../../../shared/changes/build';
import { mountInPage, unmountAll } from '../mount';
import { posOf, runs } from '../setup';
import { acceptAll } from '../../../../../shared/changes';
afterEach(unmountAll);
const show = (d: import('prosemirror-model').Node) => { const o: string[] = []; d.forEach((c) => o.push(JSON.stringify(c.toJSON()))); return o.join('\n'); };

for (const key of ['Backspace', 'Delete']) it('mounted ' + key, () => {
  const editor = mountInPage(doc(np('a', 'Alpha'), np('b', 'Beta gamma'), np('c', 'Delta')), { trackChanges: 'on', getAuthor: () => ({ name: 'Ana', initials: 'AN', organization: 'ILO' }) });
  const { view } = editor;
  const from = posOf(view.state.doc, 'Beta gamma');
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, from + 10)));
  view.dom.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, keyCode: key === 'Backspace' ? 8 : 46, bubbles: true, cancelable: true }));
  console.log(key, runs(view.state.doc));
  console.log(show(view.state.doc));
  console.log(runs(acceptAll(view.state.doc).doc));
});
