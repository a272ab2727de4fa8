import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createNativeDialogs, suggestedFileName } from '../../../../main/nativeDialogs';

function dialogs(answer: { canceled: boolean; filePaths?: string[]; filePath?: string }) {
  const showOpenDialog = vi.fn((..._args: unknown[]) =>
    Promise.resolve({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] }),
  );
  const showSaveDialog = vi.fn((..._args: unknown[]) =>
    Promise.resolve({ canceled: answer.canceled, filePath: answer.filePath ?? '' }),
  );
  const dialog = { showOpenDialog, showSaveDialog } as unknown as Pick<
    Dialog,
    'showOpenDialog' | 'showSaveDialog'
  >;
  const window = {} as BrowserWindow;
  return {
    showOpenDialog,
    showSaveDialog,
    native: createNativeDialogs(dialog, () => window, '/home/u/Documents/Accord'),
    window,
  };
}

describe('the native dialogs', () => {
  it('open Accord documents from the library folder, attached to the window', async () => {
    const { native, showOpenDialog, window } = dialogs({
      canceled: false,
      filePaths: ['/home/u/p.accord'],
    });
    expect(await native.pickOpenPath()).toBe('/home/u/p.accord');
    expect(showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        defaultPath: '/home/u/Documents/Accord',
        filters: [{ name: 'Accord documents', extensions: ['accord'] }],
        properties: ['openFile'],
      }),
    );
  });

  it('resolve null when cancelled', async () => {
    expect(await dialogs({ canceled: true }).native.pickOpenPath()).toBeNull();
    expect(await dialogs({ canceled: true }).native.pickSavePath('Plan')).toBeNull();
  });

  it('propose the suggested name in the library folder', async () => {
    const { native, showSaveDialog } = dialogs({ canceled: false, filePath: '/x/Plan.accord' });
    expect(await native.pickSavePath('Plan')).toBe('/x/Plan.accord');
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultPath: '/home/u/Documents/Accord/Plan.accord' }),
    );
  });

  it('never let a suggestion point the dialog at another folder', () => {
    expect(suggestedFileName('../../etc/passwd')).toBe('.. .. etc passwd.accord');
    expect(suggestedFileName('C:\\Windows\\x')).toBe('C  Windows x.accord');
    expect(suggestedFileName('')).toBe('Untitled.accord');
    expect(suggestedFileName('Plan.accord')).toBe('Plan.accord');
  });
});
