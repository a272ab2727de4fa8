// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toolbar, type FileActions } from '../../../../renderer/components/Toolbar';
import { EditorBridge } from '../../../../renderer/session/editorBridge';
import { docTitled, FakeHandle } from '../session/fakes';
import { byRole, click, getByRole, render } from './render';

/** The accessible names PRODUCT.md and the brief fix for the editing toolbar. */
const NAMES = [
  'Save',
  'Undo',
  'Redo',
  'Bold',
  'Italic',
  'Underline',
  'Superscript',
  'Subscript',
  'Increase level',
  'Decrease level',
  'Bullet list',
  'Numbered list',
  'Quote',
  'Insert table',
  'Insert action record',
  'Insert footnote',
  'Link',
  'Open',
  'New from template',
  'Close',
];

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function actions(): FileActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    save: vi.fn(),
    saveAs: vi.fn(),
    open: vi.fn(),
    newFromTemplate: vi.fn(),
    close: vi.fn(),
    backups: vi.fn(),
    settings: vi.fn(),
    link: vi.fn(),
  };
}

async function renderToolbar(options: { readOnly?: boolean } = {}) {
  const handle = new FakeHandle(docTitled('Plan'));
  const bridge = new EditorBridge(() => {});
  bridge.attach(handle);
  const file = actions();
  const view = await render(
    <Toolbar
      bridge={bridge}
      actions={file}
      readOnly={options.readOnly ?? false}
      saving={false}
      hasPath
      readOnlyReasonId="reason"
    />,
  );
  cleanup = view.unmount;
  return { ...view, handle, bridge, file };
}

describe('Toolbar', () => {
  it('names every button as PRODUCT.md does, in aria-label and title', async () => {
    const { container } = await renderToolbar();
    for (const name of NAMES) {
      const button = getByRole(container, 'button', name);
      expect(button.getAttribute('title')).toBe(name);
    }
  });

  it('offers the paragraph styles in a select named Style', async () => {
    const { container } = await renderToolbar();
    const select = getByRole(container, 'combobox', 'Style');
    expect(select.getAttribute('title')).toBe('Style');
    const labels = Array.from(select.querySelectorAll('option'))
      .filter((o) => o.value !== '')
      .map((o) => o.textContent);
    expect(labels).toEqual([
      'Numbered paragraph',
      'Chapter (I.)',
      'Section (A.)',
      'Subsection (1.)',
      '(a) heading',
      '(i) heading',
      'Plain paragraph',
    ]);
  });

  it('shows which marks are active and which commands can run', async () => {
    const { container, handle, bridge } = await renderToolbar();
    const bold = getByRole(container, 'button', 'Bold');
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    expect(getByRole(container, 'button', 'Underline').hasAttribute('disabled')).toBe(true);
    handle.active.add('bold');
    handle.enabled.add('underline');
    await click(bold);
    expect(handle.ran).toEqual(['bold']);
    // refreshNow after a command updates the states without waiting for a timer.
    expect(bridge.snapshot.active.has('bold')).toBe(true);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    expect(getByRole(container, 'button', 'Underline').hasAttribute('disabled')).toBe(false);
  });

  it('runs file actions from their buttons', async () => {
    const { container, file } = await renderToolbar();
    await click(getByRole(container, 'button', 'Save'));
    await click(getByRole(container, 'button', 'Open'));
    await click(getByRole(container, 'button', 'Link'));
    expect(file.save).toHaveBeenCalledOnce();
    expect(file.open).toHaveBeenCalledOnce();
    expect(file.link).toHaveBeenCalledOnce();
  });

  it('disables Save and editing for a read-only document but keeps Save as', async () => {
    const { container } = await renderToolbar({ readOnly: true });
    const save = getByRole(container, 'button', 'Save');
    expect(save.hasAttribute('disabled')).toBe(true);
    expect(save.getAttribute('aria-describedby')).toBe('reason');
    expect(getByRole(container, 'button', 'Bold').hasAttribute('disabled')).toBe(true);
    expect(getByRole(container, 'button', 'Save as').hasAttribute('disabled')).toBe(false);
    expect(byRole(container, 'combobox', 'Style')[0]?.hasAttribute('disabled')).toBe(true);
  });
});
