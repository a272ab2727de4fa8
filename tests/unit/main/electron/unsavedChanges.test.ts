import { EventEmitter } from 'node:events';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  closeChoice,
  guardUnsavedClose,
  unsavedChangesPrompt,
  windowTitle,
  type WindowState,
} from '../../../../main/unsavedChanges';
import { settle } from './fakes';

describe('the window title', () => {
  it('names the document and the app, with a dot while unsaved', () => {
    expect(windowTitle({ title: 'UNTFSSE Action Plan', dirty: false })).toBe(
      'UNTFSSE Action Plan — Accord',
    );
    expect(windowTitle({ title: 'UNTFSSE Action Plan', dirty: true })).toBe(
      '• UNTFSSE Action Plan — Accord',
    );
    expect(windowTitle({ title: '  ', dirty: true })).toBe('Accord');
  });
});

describe('the unsaved-changes question', () => {
  it('offers Save, Don’t Save and Cancel, with Cancel on Escape', () => {
    const prompt = unsavedChangesPrompt('Plan');
    expect(prompt.buttons).toEqual(['Save', 'Don’t Save', 'Cancel']);
    expect(prompt.cancelId).toBe(2);
    expect(prompt.message).toContain('“Plan”');
    expect(closeChoice(0)).toBe('save');
    expect(closeChoice(1)).toBe('discard');
    expect(closeChoice(2)).toBe('cancel');
    expect(closeChoice(-1)).toBe('cancel');
  });
});

class FakeWindow extends EventEmitter {
  closed = 0;
  close(): void {
    const event = { preventDefault: vi.fn() };
    this.emit('close', event);
    if (!event.preventDefault.mock.calls.length) this.closed++;
  }
}

function guarded(state: WindowState, answer: number) {
  const window = new FakeWindow();
  const asked: MessageBoxOptions[] = [];
  const save = vi.fn();
  guardUnsavedClose(window as unknown as BrowserWindow, {
    state: () => state,
    ask: (options) => {
      asked.push(options);
      return Promise.resolve(answer);
    },
    save,
    onError: (error) => {
      throw error;
    },
  });
  return { window, asked, save };
}

describe('closing a window', () => {
  it('closes at once when everything is saved', async () => {
    const { window, asked } = guarded({ title: 'Plan', dirty: false }, 2);
    window.close();
    await settle();
    expect(window.closed).toBe(1);
    expect(asked).toEqual([]);
  });

  it('keeps the window when the user cancels', async () => {
    const { window, asked, save } = guarded({ title: 'Plan', dirty: true }, 2);
    window.close();
    await settle();
    expect(asked).toHaveLength(1);
    expect(window.closed).toBe(0);
    expect(save).not.toHaveBeenCalled();
  });

  it('closes without saving on Don’t Save', async () => {
    const { window, save } = guarded({ title: 'Plan', dirty: true }, 1);
    window.close();
    await settle();
    expect(window.closed).toBe(1);
    expect(save).not.toHaveBeenCalled();
  });

  it('asks the renderer to save on Save and keeps the window open', async () => {
    const { window, save } = guarded({ title: 'Plan', dirty: true }, 0);
    window.close();
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    expect(window.closed).toBe(0);
  });

  it('asks only once while the question is showing', async () => {
    const { window, asked } = guarded({ title: 'Plan', dirty: true }, 2);
    window.close();
    window.close();
    await settle();
    expect(asked).toHaveLength(1);
  });
});
