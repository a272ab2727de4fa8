// @vitest-environment happy-dom
import { undo } from 'prosemirror-history';
import { NodeSelection, TextSelection } from 'prosemirror-state';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_FIELDS, ACTION_STATUSES, MASTHEAD_FIELDS } from '../../../../shared/schema';
import type { EditorHandle } from '../../../../renderer/editor/handle';
import { mountEditor } from '../../../../renderer/editor/mountEditor';
import { footnoteEditorAt } from '../../../../renderer/editor/nodeviews/footnote';
import { action, doc, h, nodes, p, posOf } from './build';
import type { Node } from 'prosemirror-model';

let handle: EditorHandle | null = null;
afterEach(() => {
  handle?.destroy();
  document.body.innerHTML = '';
});

function mount(document_: Node, editable = true): EditorHandle {
  const place = document.createElement('div');
  document.body.append(place);
  handle = mountEditor(place, { doc: document_, editable });
  return handle;
}

const withFootnotes = (...notes: string[]) =>
  nodes.numbered_paragraph.create(null, [
    nodes.paragraph.schema.text('Text'),
    ...notes.map((note) =>
      nodes.footnote.create(null, note ? nodes.paragraph.schema.text(note) : null),
    ),
  ]);

const areas = () =>
  doc(
    h(2, 'Policy'),
    action('one', 'r1'),
    h(2, 'Statistics'),
    action('two', 'r2'),
    action('three', 'r3'),
  );

describe('action record view', () => {
  it('shows the computed ID and a status choice labelled "Status" in its header', () => {
    const { view } = mount(areas());
    const records = [...view.dom.querySelectorAll('section.action-record')];
    expect(records.map((r) => r.querySelector('.action-id')!.textContent)).toEqual([
      'A.1',
      'B.1',
      'B.2',
    ]);
    const select = records[2]!.querySelector('select')!;
    expect(select.getAttribute('aria-label')).toBe('Status');
    expect([...select.options].map((o) => o.textContent)).toEqual(
      ACTION_STATUSES.map((s) => s.label),
    );
    expect(select.value).toBe('planned');
  });

  it('labels every field with its name, for sight and for assistive technology', () => {
    const { view } = mount(areas());
    const record = view.dom.querySelector('section.action-record')!;
    const labels = [...record.querySelectorAll('.action-field-label')].map((l) => l.textContent);
    expect(labels).toEqual(ACTION_FIELDS.map((f) => f.label));
    const value = record.querySelector('.action-field-value')!;
    const labelledBy = value.getAttribute('aria-labelledby')!;
    expect(document.getElementById(labelledBy)!.textContent).toBe('Description');
    const mastheadLabels = [...view.dom.querySelectorAll('.masthead-field-label')].map(
      (l) => l.textContent,
    );
    expect(mastheadLabels).toEqual(MASTHEAD_FIELDS.map((f) => f.label));
  });

  it('sets the status in one undoable step when the choice changes', () => {
    const { view } = mount(areas());
    const select = view.dom.querySelectorAll(
      'section.action-record select',
    )[1] as HTMLSelectElement;
    select.value = 'delayed';
    select.dispatchEvent(new Event('change'));
    expect(view.state.doc.child(4).attrs.status).toBe('delayed');
    expect(view.dom.querySelectorAll('section.action-record')[1]!.getAttribute('data-status')).toBe(
      'delayed',
    );
    undo(view.state, (tr) => view.dispatch(tr));
    expect(view.state.doc.child(4).attrs.status).toBe('planned');
    expect(
      (view.dom.querySelectorAll('section.action-record select')[1] as HTMLSelectElement).value,
    ).toBe('planned');
  });

  it('ignores status changes while the document is read-only', () => {
    const editor = mount(areas(), false);
    const select = editor.view.dom.querySelector(
      'section.action-record select',
    ) as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    expect(editor.view.state.doc.child(2).attrs.status).toBe('planned');
    editor.setEditable(true);
    expect(select.disabled).toBe(false);
  });

  it('renumbers IDs when a record is inserted before others', () => {
    const editor = mount(areas());
    const { view } = editor;
    view.dispatch(
      view.state.tr.setSelection(
        TextSelection.create(view.state.doc, posOf(view.state.doc, 'Statistics')),
      ),
    );
    editor.run('insertActionRecord');
    const ids = [...view.dom.querySelectorAll('.action-id')].map((e) => e.textContent);
    expect(ids).toEqual(['A.1', 'B.1', 'B.2', 'B.3']);
  });
});

describe('footnote view', () => {
  it('shows each footnote as a superscript number in document order', () => {
    const { view } = mount(doc(withFootnotes('first', 'second'), p('x'), withFootnotes('third')));
    const markers = [...view.dom.querySelectorAll('.footnote sup')].map((m) => m.textContent);
    expect(markers).toEqual(['1', '2', '3']);
  });

  it('renumbers the footnotes after one inserted earlier', () => {
    const editor = mount(doc(p('Start'), withFootnotes('first', 'second')));
    const { view } = editor;
    view.dispatch(
      view.state.tr.setSelection(
        TextSelection.create(view.state.doc, posOf(view.state.doc, 'Start', 5)),
      ),
    );
    editor.run('insertFootnote');
    const markers = [...view.dom.querySelectorAll('.footnote sup')].map((m) => m.textContent);
    expect(markers).toEqual(['1', '2', '3']);
  });

  it('edits the footnote text in an inner editor whose changes can be undone', () => {
    const { view } = mount(doc(withFootnotes('Source')));
    const pos = posOf(view.state.doc, 'Source') - 1;
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)));
    const inner = view.dom.querySelector('.footnote-editor .ProseMirror');
    expect(inner).not.toBeNull();
    expect(inner!.getAttribute('aria-label')).toBe('Footnote text');
    // Type through the inner editor's own dispatch, as its keyboard handling would.
    const footnoteView = footnoteEditorAt(view, pos)!;
    footnoteView.dispatch(footnoteView.state.tr.insertText(': UN', 6));
    expect(view.state.doc.child(1).child(1).textContent).toBe('Source: UN');
    undo(view.state, (tr) => view.dispatch(tr));
    expect(view.state.doc.child(1).child(1).textContent).toBe('Source');
    expect(footnoteView.state.doc.textContent).toBe('Source');
  });
});
