import { describe, expect, it } from 'vitest';
import { rejectChange, validateBlockChange } from '../../../../shared/changes';
import { loadAccordText } from '../../../../shared/document/load';
import { fileWithBlocks } from '../build';
import { bold, change, changed, doc, ins, np } from './build';

const valid = change('format', 'f', 'Ana', {
  from: {
    type: 'heading',
    attrs: { level: 2 },
    marks: [{ text: 'ab', marks: [{ type: 'strong' }] }],
  },
});

describe('the block change attribute', () => {
  it('accepts null and a well-formed change', () => {
    expect(() => validateBlockChange(null)).not.toThrow();
    expect(() => validateBlockChange(valid)).not.toThrow();
    expect(() => validateBlockChange({ ...change('insert'), wrapper: true })).not.toThrow();
  });

  it('refuses a wrong kind, a missing author, a bad `from` and a bad wrapper flag', () => {
    for (const bad of [
      'insert',
      [],
      { ...change('insert'), kind: 'move' },
      { kind: 'delete', id: 'x', organization: '', time: '' },
      { ...change('format'), from: { type: 'heading' } },
      { ...change('format'), from: { type: 'heading', attrs: {}, marks: [{ text: 1 }] } },
      { ...change('format'), from: { type: 'p', attrs: {}, marks: [{ text: '', marks: [{}] }] } },
      { ...change('insert'), wrapper: 'yes' },
    ]) {
      expect(() => validateBlockChange(bad), JSON.stringify(bad)).toThrow(RangeError);
    }
  });

  it('loads a file whose blocks carry changes, and refuses one with a malformed change', () => {
    const good = { type: 'paragraph', attrs: { id: 'p', change: change('delete') } };
    expect(loadAccordText(fileWithBlocks(good), 'plan.accord').ok).toBe(true);
    const bad = { type: 'paragraph', attrs: { id: 'p', change: { kind: 'delete' } } };
    const result = loadAccordText(fileWithBlocks(bad), 'plan.accord');
    expect(result.ok).toBe(false);
  });
});

describe('rejecting a formatting change', () => {
  it('restores the saved formatting where the text is unchanged, even after typing', () => {
    const saved = {
      type: 'numbered_paragraph',
      attrs: { level: 0 },
      marks: [{ text: 'Make this bold', marks: [] }],
    };
    const d = doc(
      changed(
        np('a', ins('New ', 'i'), 'Make ', bold('this'), ' bold'),
        change('format', 'f', 'Ana', { from: saved }),
      ),
    );
    const out = rejectChange(d, 'f').doc;
    out.check();
    const paragraph = out.child(1);
    expect(paragraph.textContent).toBe('New Make this bold');
    expect(paragraph.attrs.change).toBe(null);
    let boldText = '';
    paragraph.forEach((child) => {
      if (child.marks.some((m) => m.type.name === 'strong')) boldText += child.text;
    });
    expect(boldText).toBe('');
  });

  it('only drops the record when the saved type is not allowed there', () => {
    const d = doc(
      changed(
        np('a', 'Text'),
        change('format', 'f', 'Ana', { from: { type: 'list_item', attrs: {} } }),
      ),
    );
    const out = rejectChange(d, 'f').doc;
    out.check();
    expect(out.child(1).type.name).toBe('numbered_paragraph');
    expect(out.child(1).attrs.change).toBe(null);
  });
});
