import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import {
  acceptAll,
  acceptAllBy,
  acceptChange,
  changeIdAt,
  rejectAll,
  rejectAllBy,
  rejectChange,
} from '../../../../shared/changes';
import {
  body,
  cell,
  change,
  changed,
  del,
  doc,
  hasChanges,
  ins,
  li,
  np,
  pp,
  record,
  table,
  tr,
  ul,
} from './build';

/** The resulting document, checked against the schema. */
function valid(document: Node): Node {
  document.check();
  return document;
}

describe('accepting and rejecting inline changes', () => {
  const d = doc(np('a', 'Keep ', ins('added', 'i'), ' and ', del('removed', 'd', 'Ben'), '.'));

  it('accepting an insertion keeps the text without the mark', () => {
    const out = valid(acceptChange(d, 'i').doc);
    expect(body(out)).toEqual([['numbered_paragraph', 'Keep added and removed.']]);
    expect(listOfIds(out)).toEqual(['d']);
  });

  it('rejecting an insertion removes the text', () => {
    expect(body(valid(rejectChange(d, 'i').doc))).toEqual([
      ['numbered_paragraph', 'Keep  and removed.'],
    ]);
  });

  it('accepting a deletion removes the text, rejecting it keeps the text unmarked', () => {
    expect(body(valid(acceptChange(d, 'd').doc))).toEqual([
      ['numbered_paragraph', 'Keep added and .'],
    ]);
    const rejected = valid(rejectChange(d, 'd').doc);
    expect(body(rejected)).toEqual([['numbered_paragraph', 'Keep added and removed.']]);
    expect(listOfIds(rejected)).toEqual(['i']);
  });

  it('accepts or rejects all, or all by one author', () => {
    expect(body(valid(acceptAll(d).doc))).toEqual([['numbered_paragraph', 'Keep added and .']]);
    expect(body(valid(rejectAll(d).doc))).toEqual([['numbered_paragraph', 'Keep  and removed.']]);
    expect(hasChanges(acceptAll(d).doc)).toBe(false);
    const byBen = valid(rejectAllBy(d, 'Ben').doc);
    expect(listOfIds(byBen)).toEqual(['i']);
    const byAna = valid(acceptAllBy(d, 'Ana').doc);
    expect(listOfIds(byAna)).toEqual(['d']);
  });

  it('adds its steps to a transform passed in, and an unknown id changes nothing', () => {
    const out = acceptChange(d, 'nope');
    expect(out.steps).toHaveLength(0);
    expect(out.doc.eq(d)).toBe(true);
  });
});

describe('structure is never corrupted', () => {
  it('a deletion across a paragraph boundary joins the paragraphs on accept', () => {
    const d = doc(
      np('a', 'Alpha ', del('tail', 'x')),
      changed(np('b', del('head', 'x'), ' beta'), change('delete', 'x')),
      np('c', 'Gamma'),
    );
    expect(body(valid(acceptChange(d, 'x').doc))).toEqual([
      ['numbered_paragraph', 'Alpha  beta'],
      ['numbered_paragraph', 'Gamma'],
    ]);
    const rejected = valid(rejectChange(d, 'x').doc);
    expect(body(rejected)).toEqual(body(d));
    expect(hasChanges(rejected)).toBe(false);
  });

  it('an inserted paragraph break is joined again on reject, kept on accept', () => {
    const d = doc(np('a', 'First half'), changed(np('b', 'second half'), change('insert', 'e')));
    expect(body(valid(rejectChange(d, 'e').doc))).toEqual([
      ['numbered_paragraph', 'First halfsecond half'],
    ]);
    const accepted = valid(acceptChange(d, 'e').doc);
    expect(body(accepted)).toEqual(body(d));
    expect(hasChanges(accepted)).toBe(false);
  });

  it('a paragraph whose text alone is deleted stays, empty, on accept and unmarked on reject', () => {
    const d = doc(np('a', 'Alpha'), np('b', del('Beta gamma', 'x')), np('c', 'Delta'));
    expect(body(valid(acceptChange(d, 'x').doc))).toEqual([
      ['numbered_paragraph', 'Alpha'],
      ['numbered_paragraph', ''],
      ['numbered_paragraph', 'Delta'],
    ]);
    const rejected = valid(rejectChange(d, 'x').doc);
    expect(rejected.eq(doc(np('a', 'Alpha'), np('b', 'Beta gamma'), np('c', 'Delta')))).toBe(true);
  });

  it('text typed into an existing empty paragraph is rejected back to the empty paragraph', () => {
    const d = doc(np('a', 'Alpha'), np('b', ins('typed', 'n')));
    expect(valid(rejectChange(d, 'n').doc).eq(doc(np('a', 'Alpha'), np('b')))).toBe(true);
  });

  it('a paragraph inserted between a split joins back past an empty inserted one (two Enters)', () => {
    const d = doc(
      np('a', 'Delta epsilo'),
      changed(np('e'), change('insert', 'n')),
      changed(np('b', 'n.'), change('insert', 'n')),
    );
    expect(valid(rejectAll(d).doc).eq(doc(np('a', 'Delta epsilon.')))).toBe(true);
    const accepted = valid(acceptAll(d).doc);
    expect(body(accepted).map(([, text]) => text)).toEqual(['Delta epsilo', '', 'n.']);
    expect(hasChanges(accepted)).toBe(false);
  });

  it('a deleted paragraph break joins back past a whole deleted paragraph on accept', () => {
    const d = doc(
      np('a', 'Alpha'),
      changed(np('b', del('gone', 'x')), change('delete', 'x')),
      changed(np('c', 'Gamma'), change('delete', 'x')),
    );
    expect(body(valid(acceptChange(d, 'x').doc))).toEqual([['numbered_paragraph', 'AlphaGamma']]);
  });

  it('a new paragraph with typed text disappears on reject', () => {
    const d = doc(np('a', 'Before'), changed(np('b', ins('new text', 'n')), change('insert', 'n')));
    expect(body(valid(rejectChange(d, 'n').doc))).toEqual([['numbered_paragraph', 'Before']]);
  });

  it('a deleted empty paragraph and whole deleted paragraphs go on accept', () => {
    const d = doc(
      np('a', 'Keep'),
      changed(np('b'), change('delete', 'x')),
      changed(np('c', del('gone', 'x')), change('delete', 'x')),
      np('d', 'Also kept'),
    );
    expect(body(valid(acceptChange(d, 'x').doc))).toEqual([
      ['numbered_paragraph', 'Keep'],
      ['numbered_paragraph', 'Also kept'],
    ]);
  });

  it('deleting the only block of the document leaves an empty numbered paragraph', () => {
    const d = doc(changed(np('a', del('all', 'x')), change('delete', 'x')));
    expect(body(valid(acceptChange(d, 'x').doc))).toEqual([['numbered_paragraph', '']]);
    const inserted = doc(changed(np('a', ins('new', 'n')), change('insert', 'n')));
    expect(body(valid(rejectChange(inserted, 'n').doc))).toEqual([['numbered_paragraph', '']]);
  });

  it('deleting the only paragraph of a table cell leaves an empty paragraph in the cell', () => {
    const d = doc(
      table(
        't',
        tr(
          'r1',
          cell('c1', changed(pp('p1', del('cell text', 'x')), change('delete', 'x'))),
          cell('c2', pp('p2', 'other')),
        ),
        tr('r2', cell('c3', pp('p3', 'a')), cell('c4', pp('p4', 'b'))),
      ),
    );
    const out = valid(acceptChange(d, 'x').doc);
    expect(body(out)).toEqual([['table', '|other|a|b']]);
    expect(out.child(1).child(0).childCount).toBe(2);
  });

  it('a deletion spanning table cells keeps every cell', () => {
    const d = doc(
      table(
        't',
        tr(
          'r1',
          cell('c1', pp('p1', 'a', del('b', 'x'))),
          cell('c2', pp('p2', del('c', 'x'), 'd')),
        ),
      ),
    );
    expect(body(valid(acceptChange(d, 'x').doc))).toEqual([['table', 'a|d']]);
  });

  it('a deleted table row goes, and a table whose rows all go goes too', () => {
    const rows = [
      changed(
        tr('r1', cell('c1', pp('p1', del('x1', 'x'))), cell('c2', pp('p2'))),
        change('delete', 'x'),
      ),
      tr('r2', cell('c3', pp('p3', 'kept')), cell('c4', pp('p4'))),
    ];
    expect(body(valid(acceptChange(doc(np('a', 'A'), table('t', ...rows)), 'x').doc))).toEqual([
      ['numbered_paragraph', 'A'],
      ['table', 'kept|'],
    ]);
    const gone = doc(np('a', 'A'), table('t', rows[0]!));
    expect(body(valid(acceptChange(gone, 'x').doc))).toEqual([['numbered_paragraph', 'A']]);
  });

  it('deleting the only paragraph of a list item removes the item; one with a sub-list keeps an empty paragraph', () => {
    const d = doc(
      ul(
        'l',
        li('i1', changed(pp('p1', del('first', 'x')), change('delete', 'x'))),
        li('i2', pp('p2', 'second')),
        li('i3', pp('p3', del('third', 'x')), ul('sub', li('s1', pp('ps', 'nested')))),
      ),
    );
    const out = valid(acceptChange(d, 'x').doc);
    expect(body(out)).toEqual([['bullet_list', 'second||nested']]);
  });

  it('a list whose every item is deleted goes, and a deletion from a paragraph into a list joins', () => {
    const whole = doc(
      np('a', 'A'),
      ul('l', changed(li('i1', pp('p1', del('one', 'x'))), change('delete', 'x'))),
    );
    expect(body(valid(acceptChange(whole, 'x').doc))).toEqual([['numbered_paragraph', 'A']]);
    // Only the item's text deleted: the item stays, empty, as a bullet does in Word.
    const text = doc(np('a', 'A'), ul('l', li('i1', pp('p1', del('one', 'x')))));
    expect(body(valid(acceptChange(text, 'x').doc))).toEqual([
      ['numbered_paragraph', 'A'],
      ['bullet_list', ''],
    ]);
    const into = doc(
      np('a', 'Alpha', del(' tail', 'x')),
      changed(
        ul(
          'l',
          changed(
            li('i1', changed(pp('p1', del('one', 'x')), change('delete', 'x'))),
            change('delete', 'x'),
          ),
          changed(
            li('i2', changed(pp('p2', del('tw', 'x'), 'o'), change('delete', 'x'))),
            change('delete', 'x'),
          ),
          li('i3', pp('p3', 'three')),
        ),
        change('delete', 'x'),
      ),
    );
    const out = valid(acceptChange(into, 'x').doc);
    expect(
      body(out)
        .map(([, text]) => text)
        .join('|'),
    ).toBe('Alphao|three');
    expect(body(valid(rejectChange(into, 'x').doc))).toEqual(body(into));
  });

  it('a deleted action record is removed whole on accept and restored on reject', () => {
    const d = doc(
      np('a', 'A'),
      changed(record('r', del('Map the sector', 'x')), change('delete', 'x')),
      np('b', 'B'),
    );
    expect(body(valid(acceptChange(d, 'x').doc))).toEqual([
      ['numbered_paragraph', 'A'],
      ['numbered_paragraph', 'B'],
    ]);
    const rejected = valid(rejectChange(d, 'x').doc);
    expect(rejected.child(2).type.name).toBe('action_record');
    expect(hasChanges(rejected)).toBe(false);
  });

  it('an action record whose text alone changed keeps its fields, emptied (as Word keeps a table)', () => {
    const d = doc(np('a', 'A'), record('r', del('Old record', 'm')));
    const accepted = valid(acceptChange(d, 'm').doc);
    expect(accepted.child(2).type.name).toBe('action_record');
    expect(accepted.child(2).textContent).toBe('');
    const added = doc(np('a', 'A'), record('r', ins('New record', 'm')));
    const rejected = valid(rejectChange(added, 'm').doc);
    expect(rejected.child(2).type.name).toBe('action_record');
    expect(rejected.child(2).textContent).toBe('');
  });

  it('an inserted empty action record disappears on reject', () => {
    const d = doc(np('a', 'A'), changed(record('r'), change('insert', 'n')));
    expect(body(valid(rejectChange(d, 'n').doc))).toEqual([['numbered_paragraph', 'A']]);
    expect(valid(acceptChange(d, 'n').doc).child(2).attrs.change).toBe(null);
  });

  it('a field edit inside an action record is resolved like text', () => {
    const d = doc(record('r', 'Map ', del('the', 'x'), ins('all', 'y'), ' sectors'));
    const description = (out: Node) => out.child(1).child(0).textContent;
    const accepted = valid(acceptAll(d).doc);
    expect(description(accepted)).toBe('Map all sectors');
    expect(accepted.child(1).childCount).toBe(d.child(1).childCount);
    expect(description(valid(rejectAll(d).doc))).toBe('Map the sectors');
  });

  it('never joins a block into the masthead or out of a record field', () => {
    const first = doc(changed(np('a', 'Body'), change('delete', 'x')));
    const out = valid(acceptChange(first, 'x').doc);
    expect(body(out)).toEqual([['numbered_paragraph', 'Body']]);
    expect(out.child(0).textContent).toBe('Plan');
    expect(hasChanges(out)).toBe(false);
  });
});

describe('changeIdAt', () => {
  it('finds the change on the text at the cursor, else the enclosing block change', () => {
    const d = doc(np('a', 'ab', ins('cd', 'i')), changed(np('b', 'plain'), change('format', 'f')));
    const start = d.child(0).nodeSize + 1;
    expect(changeIdAt(d, start + 1)).toBe(null);
    expect(changeIdAt(d, start + 2)).toBe('i');
    expect(changeIdAt(d, start + 4)).toBe('i');
    expect(changeIdAt(d, start + 8)).toBe('f');
  });
});

function listOfIds(document: Node): string[] {
  const ids = new Set<string>();
  document.descendants((node) => {
    for (const m of node.marks) if (m.type.name !== 'comment') ids.add(m.attrs.id as string);
    return true;
  });
  return [...ids];
}
