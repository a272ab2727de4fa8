// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { VersionsPanel } from '../../../../renderer/panels/versions/VersionsPanel';
import { click, getByRole, nameOf, render } from '../components/render';
import { damagedSecond, first, threeVersions } from './fixtures';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function renderPanel(file: AccordFile, readOnly = false) {
  const calls: string[] = [];
  const view = await render(
    <VersionsPanel
      file={file}
      readOnly={readOnly}
      openId={null}
      onOpen={(id) => calls.push(`open ${id}`)}
      onRestore={(id) => calls.push(`restore ${id}`)}
      onCompare={(from, to) => calls.push(`compare ${from} ${to ?? 'draft'}`)}
      onClose={() => calls.push('close')}
    />,
  );
  cleanup = view.unmount;
  const items = () => Array.from(view.container.querySelectorAll<HTMLLIElement>('li.version'));
  const item = (name: string) => {
    const found = items().find((li) => li.querySelector('h3')?.textContent === name);
    if (!found) throw new Error(`no version ${name}`);
    return found;
  };
  return { ...view, calls, items, item };
}

const ids = (file: AccordFile) => file.versions.list.map((v) => v.id);

describe('VersionsPanel', () => {
  it('lists versions newest first with author, time, note, words and the summary', async () => {
    const file = threeVersions();
    const { container, items, item } = await renderPanel(file);
    expect(nameOf(container.querySelector('aside')!)).toBe('Versions');
    const names = items().map((li) => li.querySelector('h3')?.textContent ?? '');
    expect(names.slice(1)).toEqual(['Draft 2', 'Draft 1']);
    const one = item('Draft 1');
    expect(one.querySelector('.version-author')?.textContent).toBe('Ana Ruiz (ILO)');
    expect(one.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-14T09:01:00.000Z');
    expect(one.querySelector('.version-words')?.textContent).toBe('21 words');
    expect(one.querySelector('.version-note')?.textContent).toBe('For the December meeting');
    expect(one.querySelector('.version-summary')?.textContent).toBe('First version');
    const two = item('Draft 2');
    expect(two.querySelector('.version-author')?.textContent).toBe('Ben Okafor');
    expect(two.querySelector('.version-reason')?.textContent).toBe('Saved before an export');
    expect(two.querySelector('.version-summary')?.textContent).toBe(
      '1 paragraph changed, 1 added, 1 removed, 1 moved, 1 action record edited',
    );
    expect(two.querySelector('.version-note')).toBeNull();
  });

  it('cuts a 10,000-character name for display and keeps more of it in the tooltip', async () => {
    const { items } = await renderPanel(threeVersions());
    const heading = items()[0]!.querySelector('h3')!;
    expect(heading.textContent.length).toBeLessThanOrEqual(120);
    expect(heading.textContent).toMatch(/^Long name name .*…$/);
    expect(heading.getAttribute('title')!.length).toBeGreaterThan(500);
  });

  it('lists a damaged version with its problem and its actions disabled; the others still work', async () => {
    const file = damagedSecond();
    const { item, calls } = await renderPanel(file);
    const broken = item('Draft 2');
    expect(broken.className).toContain('version-damaged');
    expect(broken.querySelector('.version-problem')?.textContent).toMatch(
      /^Version “Draft 2” \(2025-03-14 09:02 UTC\) is damaged: block \d+ of \d+/,
    );
    for (const name of ['Open', 'Restore', 'Compare']) {
      expect(getByRole(broken, 'button', name).hasAttribute('disabled'), name).toBe(true);
    }
    const fine = item('Draft 1');
    expect(fine.querySelector('.version-problem')).toBeNull();
    await click(getByRole(fine, 'button', 'Open'));
    await click(getByRole(fine, 'button', 'Restore'));
    expect(calls).toEqual([`open ${ids(file)[0]}`, `restore ${ids(file)[0]}`]);
  });

  it('compares a version with the current draft by default, or with another sound version', async () => {
    const file = damagedSecond();
    const { item, calls } = await renderPanel(file);
    await click(getByRole(item('Draft 1'), 'button', 'Compare'));
    const select = item('Draft 1').querySelector('select')!;
    const options = Array.from(select.options).map((o) => o.textContent);
    // The damaged "Draft 2" cannot be compared with.
    expect(options).toHaveLength(2);
    expect(options[0]).toBe('The current draft');
    await click(getByRole(item('Draft 1'), 'button', 'Show comparison'));
    expect(calls).toEqual([`compare ${ids(file)[0]} draft`]);
    expect(item('Draft 1').querySelector('select')).toBeNull();

    await click(getByRole(item('Draft 1'), 'button', 'Compare'));
    await act(async () => {
      const chooser = item('Draft 1').querySelector('select')!;
      chooser.value = ids(file)[2]!;
      chooser.dispatchEvent(new Event('change', { bubbles: true }));
      await Promise.resolve();
    });
    await click(getByRole(item('Draft 1'), 'button', 'Show comparison'));
    expect(calls[1]).toBe(`compare ${ids(file)[0]} ${ids(file)[2]}`);
  });

  it('offers no Restore while the document is read-only, but still Open and Compare', async () => {
    const { item } = await renderPanel(threeVersions(), true);
    const one = item('Draft 1');
    expect(getByRole(one, 'button', 'Restore').hasAttribute('disabled')).toBe(true);
    expect(getByRole(one, 'button', 'Open').hasAttribute('disabled')).toBe(false);
    expect(getByRole(one, 'button', 'Compare').hasAttribute('disabled')).toBe(false);
  });

  it('says how to make the first version when there is none, and closes', async () => {
    const { container, calls } = await renderPanel(newAccordFile(first));
    expect(container.textContent).toContain('No versions yet');
    await click(getByRole(container, 'button', 'Close versions'));
    expect(calls).toEqual(['close']);
  });
});
