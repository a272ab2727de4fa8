// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DialogHost } from '../../../../renderer/components/DialogHost';
import { DialogQueue, dialogPrompts } from '../../../../renderer/session/dialogQueue';
import { CHANGED_ON_DISK_TITLE } from '../../../../renderer/session/saveFlow';
import { FakeHost } from '../session/fakes';
import { click, getByRole, nameOf, press, render, settle, typeInto } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function host() {
  const queue = new DialogQueue();
  const fake = new FakeHost();
  const view = await render(<DialogHost queue={queue} api={fake.api} />);
  cleanup = view.unmount;
  return { ...view, queue, prompts: dialogPrompts(queue), fake };
}

describe('dialogs', () => {
  it('are modal, labelled by their title, and focus their first button', async () => {
    const { container, prompts } = await host();
    const answer = prompts.choose(
      CHANGED_ON_DISK_TITLE,
      'Someone changed it.',
      [
        { value: 'overwrite', label: 'Overwrite' },
        { value: 'copy', label: 'Save as a copy' },
        { value: 'cancel', label: 'Cancel' },
      ],
      'cancel',
    );
    await settle();
    const dialog = getByRole(container, 'dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(nameOf(dialog)).toBe(CHANGED_ON_DISK_TITLE);
    expect(document.activeElement?.textContent).toBe('Overwrite');
    await click(getByRole(dialog, 'button', 'Save as a copy'));
    expect(await answer).toBe('copy');
    expect(container.querySelector('[role="dialog"]')).toBeNull();
  });

  it('cancel on Escape', async () => {
    const { container, prompts } = await host();
    const answer = prompts.choose(
      'Save changes to “a.accord”?',
      '',
      [{ value: 'save', label: 'Save' }],
      'cancel',
    );
    await settle();
    await press(getByRole(container, 'dialog'), 'Escape');
    expect(await answer).toBe('cancel');
  });

  it('keep Tab inside', async () => {
    const { container, prompts } = await host();
    void prompts.choose(
      'Q',
      'M',
      [
        { value: 'a', label: 'First' },
        { value: 'b', label: 'Last' },
      ],
      'b',
    );
    await settle();
    const dialog = getByRole(container, 'dialog');
    getByRole(dialog, 'button', 'Last').focus();
    await press(dialog, 'Tab');
    expect(document.activeElement?.textContent).toBe('First');
    await press(dialog, 'Tab', { shiftKey: true });
    expect(document.activeElement?.textContent).toBe('Last');
  });

  it('show errors as an alert the user acknowledges', async () => {
    const { container, prompts } = await host();
    const done = prompts.alert('Could not open “x.accord”', 'It is damaged.');
    await settle();
    expect(getByRole(container, 'alert').textContent).toBe('It is damaged.');
    await click(getByRole(container, 'button', 'OK'));
    await done;
  });

  it('ask for a file name in Save as, showing where it goes', async () => {
    const { container, prompts } = await host();
    const answer = prompts.askSaveName('Plan.accord', '/home/ana/Accord');
    await settle();
    const dialog = getByRole(container, 'dialog', 'Save as');
    const input = dialog.querySelector('input');
    if (!input) throw new Error('no input');
    expect(input.value).toBe('Plan.accord');
    await typeInto(input, 'Draft: 2');
    expect(dialog.textContent).toContain('“Draft 2.accord” in /home/ana/Accord');
    await click(getByRole(dialog, 'button', 'Save'));
    expect(await answer).toBe('Draft: 2');
  });

  it('list recent and library documents in Open; clicking one opens it', async () => {
    const { container, prompts, fake } = await host();
    const entry = (path: string, title: string) => ({
      path,
      name: path.split('/').pop() ?? path,
      title,
      modified: '2025-01-01T00:00:00Z',
      size: 1,
    });
    fake.recent = [entry('/r/a.accord', 'Recent plan')];
    fake.library = [entry('/r/a.accord', 'Recent plan'), entry('/lib/b.accord', 'Library plan')];
    const answer = prompts.askOpenPath();
    await settle();
    const dialog = getByRole(container, 'dialog', 'Open');
    const entries = Array.from(dialog.querySelectorAll<HTMLButtonElement>('button.document-entry'));
    expect(entries.map((b) => b.querySelector('.document-title')?.textContent)).toEqual([
      'Recent plan',
      'Library plan',
    ]);
    await click(entries[1] as HTMLButtonElement);
    expect(await answer).toBe('/lib/b.accord');
  });
});
