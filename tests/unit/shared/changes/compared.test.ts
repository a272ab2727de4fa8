import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { acceptAll, listChanges, rejectAll } from '../../../../shared/changes';
import { compareDocuments } from '../../../../shared/diff/compare';
import { bullets, doc, heading, item, para, record, row, table } from '../diff/builders';

const meta = {
  author: { name: 'Compare', initials: 'C', organization: '' },
  time: '2025-03-14T09:30:00.000Z',
};

/** A document's structure and text, without ids (a moved block's old copy has renamed ids). */
function shape(node: Node): unknown {
  const json = node.toJSON() as Record<string, unknown>;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === 'attrs') {
        const attrs = { ...(v as Record<string, unknown>) };
        delete attrs.id;
        out.attrs = attrs;
      } else out[key] = strip(v);
    }
    return out;
  };
  return strip(json);
}

/** Accepting every change of a comparison gives the newer version, rejecting the older. */
function roundTrip(older: Node, newer: Node): void {
  const { doc: compared, changes } = compareDocuments(older, newer, meta);
  expect(changes.length).toBeGreaterThan(0);
  expect(listChanges(compared).length).toBeGreaterThan(0);
  const accepted = acceptAll(compared).doc;
  const rejected = rejectAll(compared).doc;
  accepted.check();
  rejected.check();
  expect(shape(accepted)).toEqual(shape(newer));
  expect(shape(rejected)).toEqual(shape(older));
}

describe('a comparison document, walked as tracked changes', () => {
  it('accepts into the newer version and rejects into the older: words and paragraphs', () => {
    roundTrip(
      doc(
        heading('h', 1, 'Intro'),
        para('p1', 'The task force meets yearly.'),
        para('p2', 'Gone.'),
      ),
      doc(
        heading('h', 1, 'Intro'),
        para('p1', 'The task force meets monthly.'),
        para('p3', 'New.'),
      ),
    );
  });

  it('does so for a deleted and an inserted action record', () => {
    roundTrip(
      doc(
        para('p', 'Before.'),
        record('r1', 'planned', { description: 'Map the sector', lead: 'ILO' }),
      ),
      doc(para('p', 'Before.'), record('r2', 'delayed', { description: 'Fund the sector' })),
    );
  });

  it('does so for list items and a new table row', () => {
    roundTrip(
      doc(bullets('l', item('a', 'One'), item('b', 'Two')), table('t', row('r1', 'x', 'y'))),
      doc(
        bullets('l', item('a', 'One'), item('c', 'Three')),
        table('t', row('r1', 'x', 'y'), row('r2', 'z', 'w')),
      ),
    );
  });

  it('does so for a moved section', () => {
    const intro = [heading('h1', 1, 'Intro'), para('p1', 'First.')];
    const scope = [heading('h2', 1, 'Scope'), para('p2', 'Second.')];
    roundTrip(doc(...intro, ...scope), doc(...scope, ...intro));
  });
});
