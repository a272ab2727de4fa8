// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { CompareView } from '../../../../renderer/components/compare/CompareView';
import { click, getByRole, render } from '../components/render';
import { ben, first, second } from './fixtures';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function renderCompare(from: Node = first, to: Node = second) {
  let closed = 0;
  const view = await render(
    <CompareView
      from={{ label: '“Draft 1”', doc: from }}
      to={{ label: '“Draft 2”', doc: to }}
      author={ben}
      time="2025-03-14T09:02:00.000Z"
      onClose={() => closed++}
    />,
  );
  cleanup = view.unmount;
  const { container } = view;
  const page = () => container.querySelector<HTMLElement>('.ProseMirror')!;
  const status = () => container.querySelector('[role="status"]')?.textContent ?? '';
  const current = () =>
    Array.from(page().querySelectorAll('.change-current, .change-current-block'))
      .map((el) => el.textContent)
      .join('|');
  return { container, page, status, current, closed: () => closed };
}

describe('CompareView', () => {
  it('shows the counts of changes by kind', async () => {
    const { container } = await renderCompare();
    const counts = Array.from(container.querySelectorAll('.compare-counts li')).map(
      (li) => `${li.getAttribute('data-kind')}: ${li.textContent}`,
    );
    expect(counts).toEqual([
      'inserted: 1 inserted',
      'deleted: 1 deleted',
      'changed: 2 changed',
      'moved: 1 moved',
      'attribute: 1 formatting',
    ]);
    expect(container.querySelector('h2')?.textContent).toBe('Comparing “Draft 1” with “Draft 2”');
  });

  it('shows inserted, deleted and moved text inline in a read-only document', async () => {
    const { page } = await renderCompare();
    expect(page().getAttribute('contenteditable')).toBe('false');
    expect(page().getAttribute('aria-label')).toBe(
      'Comparison of “Draft 1” with “Draft 2” (read-only)',
    );
    const ins = Array.from(page().querySelectorAll('ins')).map((el) => el.textContent);
    const del = Array.from(page().querySelectorAll('del')).map((el) => el.textContent);
    expect(ins).toEqual(expect.arrayContaining([' and regions', 'A new paragraph.', ' and FAO']));
    expect(del).toEqual(expect.arrayContaining(['It runs for five years.']));
    const labels = Array.from(page().querySelectorAll('.change-moved-label')).map(
      (el) => el.textContent,
    );
    expect(labels).toEqual(['Moved here', 'Moved from here']);
    expect(page().querySelectorAll('.change-block-moved')).toHaveLength(2);
    expect(page().querySelector('.change-block-delete')?.textContent).toBe(
      'It runs for five years.',
    );
  });

  it('walks the changes with Next and Previous change, highlighting each one', async () => {
    const { container, status, current } = await renderCompare();
    expect(status()).toMatch(
      /^\d+ changes: 1 inserted, 1 deleted, 2 changed, 1 moved, 1 formatting$/,
    );
    const total = Number(/^(\d+)/.exec(status())![1]);
    const next = getByRole(container, 'button', 'Next change');
    const previous = getByRole(container, 'button', 'Previous change');
    await click(next);
    expect(status()).toBe(`Change 1 of ${total}: Changed numbered paragraph in I. Introduction`);
    expect(current()).toContain('and regions');
    await click(next);
    expect(status()).toBe(`Change 2 of ${total}: Deleted numbered paragraph in I. Introduction`);
    expect(current()).toBe('It runs for five years.|It runs for five years.');
    await click(next);
    expect(status()).toBe(`Change 3 of ${total}: Moved numbered paragraph in I. Introduction`);
    expect(current()).toContain('Closing words.');
    await click(previous);
    await click(previous);
    await click(previous);
    // Before the first is the last.
    expect(status()).toMatch(new RegExp(`^Change ${total} of ${total}: `));
    const seen = new Set<string>();
    for (let i = 0; i < total; i++) {
      await click(next);
      seen.add(status());
    }
    expect(seen.size).toBe(total);
  });

  it('lists changed action-record fields side by side, and goes to one on request', async () => {
    const { container, status } = await renderCompare();
    const rows = Array.from(container.querySelectorAll('.compare-fields tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['StatusII. Action areas', 'Status: Planned', 'Status: On track'],
      ['Lead entityII. Action areas', 'ILO', 'ILO and FAO'],
    ]);
    await click(getByRole(container, 'button', 'Lead entity'));
    expect(status()).toMatch(/^Change \d+ of \d+: Changed Lead entity field in II\. Action areas$/);
    expect(
      container.querySelector('.compare-fields tr[aria-current="true"]')?.textContent,
    ).toContain('Lead entity');
  });

  it('reports no changes for a version compared with itself, with nothing to walk', async () => {
    const { container, status, page } = await renderCompare(first, first);
    expect(status()).toBe('No changes');
    expect(getByRole(container, 'button', 'Next change').hasAttribute('disabled')).toBe(true);
    expect(page().querySelectorAll('ins, del')).toHaveLength(0);
    expect(container.textContent).toContain('No action-record field changed.');
  });

  it('closes on "Close comparison"', async () => {
    const { container, closed } = await renderCompare();
    await click(getByRole(container, 'button', 'Close comparison'));
    expect(closed()).toBe(1);
  });
});
