import { describe, expect, it } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import { restoreVersion } from '../../../../shared/versions/restore';
import { loadVersion } from '../../../../shared/versions/store';
import { doc, para } from '../diff/builders';
import { at, author, reread, save } from './helpers';

describe('restoring a version', () => {
  const first = doc(para('p', 'The first wording.'));
  const current = doc(para('p', 'The wording today.'), para('q', 'An added paragraph.'));
  const file = save(newAccordFile(first), first, 'Circulated to Members', 1).file;

  it('saves the current draft as a version first, then makes the chosen version the draft', () => {
    const restored = restoreVersion(file, current, file.versions.list[0]!.id, {
      author,
      now: at(9),
    });
    if (!restored.ok) throw new Error(restored.error.message);
    const { file: out, doc: draft, saved } = restored.value;
    expect(draft.eq(first)).toBe(true);
    expect(out.doc).toEqual(first.toJSON());
    expect(out.meta.modified).toBe('2025-03-14T09:09:00.000Z');
    expect(out.versions.list).toHaveLength(2);
    expect(saved).toMatchObject({
      reason: 'restore',
      name: 'Before restoring “Circulated to Members”',
    });
    expect(saved.summary).toBe('1 paragraph changed, 1 added');
    const kept = loadVersion(reread(out), saved.id);
    expect(kept.ok && kept.value.eq(current)).toBe(true);
  });

  it('changes nothing when the version does not exist or is damaged', () => {
    const missing = restoreVersion(file, current, 'nope', { author, now: at(9) });
    expect(!missing.ok && missing.error.code).toBe('not-found');
    const broken = reread(file);
    broken.versions.blocks = {};
    const damaged = restoreVersion(broken, current, broken.versions.list[0]!.id, {
      author,
      now: at(9),
    });
    expect(!damaged.ok && damaged.error.code).toBe('corrupt-file');
    expect(broken.versions.list).toHaveLength(1);
  });
});
