import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../../../scripts/bench/generatePlan';
import { newAccordFile } from '../../../../shared/document/create';
import { loadAccordText, serializeAccordFile } from '../../../../shared/document/load';
import { hashNode } from '../../../../shared/versions/hash';
import {
  checkVersions,
  loadVersion,
  pruneUnusedBlocks,
  versionKeys,
} from '../../../../shared/versions/store';
import { anyEdit, applyEdit } from '../diff/randomEdits';
import { paragraphIndexes, reread, retext, save } from './helpers';

const small = () => generatePlan({ paragraphs: 30, wordsPerParagraph: 8, actionRecords: 2 });

describe('saving versions', () => {
  it('stores each unchanged block once: two versions of a 300-block plan with 1% change hold 303 blocks', () => {
    const v1 = generatePlan({ paragraphs: 242, wordsPerParagraph: 20, actionRecords: 0 });
    expect(v1.childCount).toBe(300);
    let v2 = v1;
    for (const i of paragraphIndexes(v1).slice(0, 3))
      v2 = retext(v2, i, `Paragraph ${i} was rewritten.`);
    let file = newAccordFile(v1);
    file = save(file, v1, 'First').file;
    expect(Object.keys(file.versions.blocks)).toHaveLength(300);
    file = save(file, v2, 'Second').file;
    expect(Object.keys(file.versions.blocks)).toHaveLength(303);
  });

  it('returns a new file, leaves the input as it was, and describes the version', () => {
    const doc = small();
    const file = newAccordFile(doc);
    const before = JSON.stringify(file);
    const { file: saved, version } = save(file, doc, 'Draft for Members', 5);
    expect(JSON.stringify(file)).toBe(before);
    expect(saved.versions.list).toEqual([version]);
    expect(version).toMatchObject({
      name: 'Draft for Members',
      reason: 'manual',
      time: '2025-03-14T09:05:00.000Z',
      summary: 'First version',
    });
    expect(version.id).toMatch(/^[a-z0-9]{12}$/);
    expect(version.words).toBeGreaterThan(200);
  });

  it('keeps 200 versions of a large plan with about 1% change each under twice the size of one copy', () => {
    let doc = generatePlan({ paragraphs: 500, wordsPerParagraph: 20, actionRecords: 10 });
    const paragraphs = paragraphIndexes(doc);
    const perVersion = Math.round(doc.childCount / 100);
    let file = newAccordFile(doc);
    const docs = [];
    for (let v = 0; v < 200; v++) {
      for (let k = 0; k < (v ? perVersion : 0); k++) {
        const i = paragraphs[(v * 37 + k * 101) % paragraphs.length]!;
        doc = retext(doc, i, doc.child(i).textContent.replace(/^\S+/, `Edited${v}`));
      }
      file = save(file, doc, `Version ${v}`, v).file;
      docs.push(doc);
    }
    const oneCopy = JSON.stringify(doc.toJSON()).length;
    expect(JSON.stringify(file.versions).length).toBeLessThan(2 * oneCopy);
    const fresh = reread(file);
    for (const v of [0, 1, 100, 199]) {
      const loaded = loadVersion(fresh, fresh.versions.list[v]!.id);
      expect(loaded.ok && loaded.value.eq(docs[v]!)).toBe(true);
    }
  });

  it('reads every version back after the file is written to disk and opened again', () => {
    const v1 = small();
    const v2 = retext(v1, paragraphIndexes(v1)[4]!, 'A new paragraph text.');
    let file = save(newAccordFile(v1), v1, 'One').file;
    file = save(file, v2, 'Two', 1).file;
    const opened = loadAccordText(serializeAccordFile(file), 'plan.accord');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const [one, two] = opened.value.file.versions.list;
    expect(two?.summary).toBe('1 paragraph changed');
    const a = loadVersion(opened.value.file, one!.id);
    const b = loadVersion(opened.value.file, two!.id);
    expect(a.ok && a.value.eq(v1)).toBe(true);
    expect(b.ok && b.value.eq(v2)).toBe(true);
  });
});

describe('damaged version stores', () => {
  /** v1; v2 edits paragraph X; v3 puts X back as in v1. Only v2 needs v2's X. */
  function threeVersions() {
    const v1 = small();
    const x = paragraphIndexes(v1)[2]!;
    const v2 = retext(v1, x, `${v1.child(x).textContent} Only the second draft said this.`);
    let file = save(newAccordFile(v1), v1, 'First draft', 1).file;
    file = save(file, v2, 'Second draft', 2).file;
    file = save(file, v1, 'Third draft', 3).file;
    return { file, onlyInV2: hashNode(v2.child(x)) };
  }

  it('names the version that lost a block, and still opens every other version', () => {
    const { file, onlyInV2 } = threeVersions();
    const broken = reread(file);
    delete broken.versions.blocks[onlyInV2];
    const [v1, v2, v3] = broken.versions.list;
    const result = loadVersion(broken, v2!.id);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'corrupt-file',
        message: expect.stringMatching(
          /^Version “Second draft” \(2025-03-14 09:02 UTC\) is damaged: block \d+ of \d+ is missing from the file\.$/,
        ) as string,
      },
    });
    expect(loadVersion(broken, v1!.id).ok).toBe(true);
    expect(loadVersion(broken, v3!.id).ok).toBe(true);
    expect(checkVersions(broken).map((c) => c.ok)).toEqual([true, false, true]);
    expect(checkVersions(broken)[1]?.problem).toContain('Second draft');
  });

  it('reports a block that does not fit the document structure', () => {
    const { file } = threeVersions();
    const broken = reread(file);
    const key = versionKeys(broken, broken.versions.list[0]!.id);
    if (!key.ok) throw new Error('keys');
    broken.versions.blocks[key.value[3]!] = { type: 'heading', attrs: { level: 9 } };
    const result = loadVersion(broken, broken.versions.list[0]!.id);
    expect(!result.ok && result.error.message).toMatch(
      /“First draft”.*block 4 of \d+ does not fit/,
    );
  });

  it('reports a block list that no longer fits the version it was stored against', () => {
    const { file } = threeVersions();
    const broken = reread(file);
    const v2 = broken.versions.list[1]!;
    expect(v2.base).toBe(broken.versions.list[0]!.id);
    v2.blocks = ['=100000'];
    expect(checkVersions(broken).map((c) => c.ok)).toEqual([true, false, false]);
    v2.base = 'gone';
    const result = loadVersion(broken, v2.id);
    expect(!result.ok && result.error.message).toContain('a version that is no longer in the file');
  });

  it('reports an edited block whose edits no longer fit the block they were made to', () => {
    const { file, onlyInV2 } = threeVersions();
    const broken = reread(file);
    const entry = broken.versions.blocks[onlyInV2];
    expect(Array.isArray(entry)).toBe(true);
    broken.versions.blocks[onlyInV2] = [...(entry as unknown[]).slice(0, 2), 'tampered'];
    const result = loadVersion(broken, broken.versions.list[1]!.id);
    expect(!result.ok && result.error.message).toContain('do not fit the block they were made to');
  });

  it('still saves a new version when the last one is damaged, stored whole and without a summary', () => {
    const { file } = threeVersions();
    const broken = reread(file);
    broken.versions.list[2]!.blocks = ['=100000'];
    const doc = small();
    const { file: next, version } = save(broken, doc, 'Fourth draft', 4);
    expect(version.base).toBeUndefined();
    expect(version.summary).toBeUndefined();
    const loaded = loadVersion(reread(next), version.id);
    expect(loaded.ok && loaded.value.eq(doc)).toBe(true);
  });

  it('says when the version asked for does not exist', () => {
    const result = loadVersion(threeVersions().file, 'nope');
    expect(!result.ok && result.error.code).toBe('not-found');
  });
});

describe('pruning the block store', () => {
  it('drops blocks no version needs, keeping the bases edited blocks are stored against', () => {
    const { file } = (() => {
      const v1 = small();
      const x = paragraphIndexes(v1)[2]!;
      const v2 = retext(v1, x, `${v1.child(x).textContent} And one more sentence.`);
      let f = save(newAccordFile(v1), v1, 'One').file;
      f = save(f, v2, 'Two', 1).file;
      return { file: f };
    })();
    const two = file.versions.list[1]!;
    const keys = versionKeys(file, two.id);
    if (!keys.ok) throw new Error('keys');
    const onlyTwo = {
      ...file,
      versions: {
        blocks: { ...file.versions.blocks, junk: { type: 'paragraph' } },
        list: [{ ...two, base: undefined, blocks: keys.value }],
      },
    };
    const pruned = pruneUnusedBlocks(onlyTwo);
    expect(pruned.versions.blocks).not.toHaveProperty('junk');
    expect(Object.keys(pruned.versions.blocks).length).toBe(keys.value.length + 1);
    const loaded = loadVersion(reread(pruned), two.id);
    expect(loaded.ok).toBe(true);
  });

  it('returns the same file when nothing is unused, and leaves a damaged file alone', () => {
    const doc = small();
    const file = save(newAccordFile(doc), doc, 'One').file;
    expect(pruneUnusedBlocks(file)).toBe(file);
    const broken = reread(file);
    broken.versions.list[0]!.base = 'gone';
    broken.versions.blocks.junk = {};
    expect(pruneUnusedBlocks(broken)).toBe(broken);
  });
});

describe('versions of randomly edited plans', () => {
  it('all load back exactly as saved, after the file is read back', () => {
    const start = generatePlan({ paragraphs: 24, wordsPerParagraph: 6, actionRecords: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.array(anyEdit, { maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        (rounds) => {
          let doc = start;
          let file = newAccordFile(doc);
          const docs: Node[] = [];
          rounds.forEach((edits, v) => {
            doc = edits.reduce((d, e, n) => applyEdit(d, e, v * 10 + n), doc);
            file = save(file, doc, `V${v}`, v).file;
            docs.push(doc);
          });
          const fresh = reread(pruneUnusedBlocks(file));
          fresh.versions.list.forEach((version, v) => {
            const loaded = loadVersion(fresh, version.id);
            expect(loaded.ok && loaded.value.eq(docs[v]!)).toBe(true);
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});
