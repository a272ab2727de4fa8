// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { OutlinePanel } from '../../../../renderer/panels/OutlinePanel';
import { EditorBridge } from '../../../../renderer/session/editorBridge';
import { docTitled, FakeHandle } from '../session/fakes';
import { click, getByRole, press, render } from '../components/render';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function renderOutline(readOnly = false) {
  const handle = new FakeHandle(docTitled('Plan'));
  handle.entries = [
    { id: 'h1', level: 1, label: 'I.', title: 'Introduction and mandate', words: 120 },
    { id: 'h2', level: 2, label: 'A.', title: 'Policy and legal frameworks', words: 1 },
    { id: 'h3', level: 1, label: 'II.', title: 'Purpose, scope and period', words: 40 },
  ];
  const bridge = new EditorBridge(() => {});
  bridge.attach(handle);
  const view = await render(<OutlinePanel bridge={bridge} readOnly={readOnly} />);
  cleanup = view.unmount;
  const entry = (id: string) => {
    const el = view.container.querySelector<HTMLButtonElement>(`[data-outline-id="${id}"]`);
    if (!el) throw new Error(`no entry ${id}`);
    return el;
  };
  return { ...view, handle, bridge, entry };
}

function drag(type: string, target: Element) {
  return act(async () => {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
    await Promise.resolve();
  });
}

describe('OutlinePanel', () => {
  it('is a navigation region named Outline listing numbered headings with their words', async () => {
    const { container, entry } = await renderOutline();
    getByRole(container, 'navigation', 'Outline');
    expect(entry('h1').textContent).toBe('I.Introduction and mandate120 words');
    expect(entry('h2').textContent).toContain('1 word');
    expect(entry('h2').closest('li')?.className).toContain('outline-level-2');
  });

  it('jumps to a heading on click', async () => {
    const { handle, entry } = await renderOutline();
    await click(entry('h3'));
    expect(handle.jumps).toEqual(['h3']);
  });

  it('moves the focused section with Alt+Shift+Arrow keys', async () => {
    const { handle, entry } = await renderOutline();
    await act(async () => {
      entry('h1').focus();
      await Promise.resolve();
    });
    await press(entry('h1'), 'ArrowDown', { altKey: true, shiftKey: true });
    await press(entry('h3'), 'ArrowUp', { altKey: true, shiftKey: true });
    expect(handle.moves).toEqual([
      { id: 'h1', to: 'down' },
      { id: 'h3', to: 'up' },
    ]);
  });

  it('moves keyboard focus between entries with the arrow keys alone', async () => {
    const { handle, entry } = await renderOutline();
    entry('h1').focus();
    await press(entry('h1'), 'ArrowDown');
    expect(document.activeElement).toBe(entry('h2'));
    expect(handle.moves).toEqual([]);
  });

  it('offers Move section up and down for the focused entry', async () => {
    const { container, handle, entry } = await renderOutline();
    const up = getByRole(container, 'button', 'Move section up');
    const down = getByRole(container, 'button', 'Move section down');
    expect(up.hasAttribute('disabled')).toBe(true);
    await act(async () => {
      entry('h2').focus();
      await Promise.resolve();
    });
    expect(up.hasAttribute('disabled')).toBe(false);
    await click(down);
    await click(up);
    expect(handle.moves).toEqual([
      { id: 'h2', to: 'down' },
      { id: 'h2', to: 'up' },
    ]);
  });

  it('moves a dragged section before the entry it is dropped on, or to the end', async () => {
    const { container, handle, entry } = await renderOutline();
    const item = (id: string) => entry(id).closest('li') as HTMLElement;
    await drag('dragstart', item('h3'));
    await drag('dragover', item('h1'));
    expect(item('h1').className).toContain('drop-before');
    await drag('drop', item('h1'));
    await drag('dragstart', item('h1'));
    await drag('drop', container.querySelector('.outline-end') as HTMLElement);
    expect(handle.moves).toEqual([
      { id: 'h3', to: 'h1' },
      { id: 'h1', to: null },
    ]);
  });

  it('moves nothing in a read-only document', async () => {
    const { handle, entry } = await renderOutline(true);
    entry('h1').focus();
    await press(entry('h1'), 'ArrowDown', { altKey: true, shiftKey: true });
    expect(handle.moves).toEqual([]);
    expect(entry('h1').closest('li')?.getAttribute('draggable')).toBe('false');
  });
});
