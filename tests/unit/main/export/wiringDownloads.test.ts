import { describe, expect, it } from 'vitest';
import { DOWNLOAD_ID_PATTERN, DownloadStore } from '../../../../main/services/downloadStore';
import { fakeClock } from '../../main/services/helpers';

const bytes = (n: number) => new Uint8Array(n).fill(7);

describe('the download store', () => {
  it('gives every export its own unguessable id and returns what was kept', () => {
    const store = new DownloadStore();
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) ids.add(store.put(`f${i}.docx`, bytes(3)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(DOWNLOAD_ID_PATTERN);
    const [first] = ids;
    expect(store.find(first ?? '')).toEqual({ fileName: 'f0.docx', bytes: bytes(3) });
    store.clear();
  });

  it('finds nothing for unknown, malformed or expired ids, nor after clearing', () => {
    const clock = fakeClock();
    const store = new DownloadStore(clock.now, 1000);
    const id = store.put('a.docx', bytes(1));
    expect(store.find('A'.repeat(43))).toBeNull();
    expect(store.find(`${id}/`)).toBeNull();
    clock.advance(999);
    expect(store.find(id)).not.toBeNull();
    clock.advance(1);
    expect(store.find(id)).toBeNull();
    const other = store.put('b.docx', bytes(1));
    store.clear();
    expect(store.find(other)).toBeNull();
  });

  it('drops the oldest exports first when too much is kept, never the newest', () => {
    const store = new DownloadStore(undefined, undefined, 256);
    const big = 100;
    const ids = [store.put('1.docx', bytes(big)), store.put('2.docx', bytes(big))];
    ids.push(store.put('3.docx', bytes(big)));
    expect(ids.map((id) => store.find(id) !== null)).toEqual([false, true, true]);
    const huge = store.put('4.docx', bytes(300));
    expect(store.find(huge)?.fileName).toBe('4.docx');
    expect(ids.map((id) => store.find(id) !== null)).toEqual([false, false, false]);
    store.clear();
  });
});
