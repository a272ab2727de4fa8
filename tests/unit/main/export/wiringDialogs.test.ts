import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createNativeDialogs, suggestedExportName } from '../../../../main/nativeDialogs';

function exportDialog(
  answer: { canceled: boolean; filePath?: string },
  window: BrowserWindow | null,
) {
  const showSaveDialog = vi.fn((..._args: unknown[]) =>
    Promise.resolve({ canceled: answer.canceled, filePath: answer.filePath ?? '' }),
  );
  const dialog = { showOpenDialog: vi.fn(), showSaveDialog } as unknown as Pick<
    Dialog,
    'showOpenDialog' | 'showSaveDialog'
  >;
  return { showSaveDialog, native: createNativeDialogs(dialog, () => window, '/home/u/Accord') };
}

describe('the Export to Word dialog', () => {
  it('offers Word documents only, proposing the suggested name in the library folder', async () => {
    const window = {} as BrowserWindow;
    const { native, showSaveDialog } = exportDialog(
      { canceled: false, filePath: '/x/P.docx' },
      window,
    );
    expect(await native.pickExportPath?.('Action plan')).toBe('/x/P.docx');
    expect(showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Export to Word',
        defaultPath: '/home/u/Accord/Action plan.docx',
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      }),
    );
  });

  it('answers null when cancelled, and works without a window', async () => {
    const { native, showSaveDialog } = exportDialog({ canceled: true }, null);
    expect(await native.pickExportPath?.('Plan')).toBeNull();
    expect(showSaveDialog.mock.calls[0]).toHaveLength(1);
  });

  it('keeps only a name from the suggestion and ends it in .docx once', () => {
    expect(suggestedExportName('../../etc/Plan')).toBe('.. .. etc Plan.docx');
    expect(suggestedExportName('Plan.DOCX')).toBe('Plan.DOCX');
    expect(suggestedExportName('  ')).toBe('Untitled.docx');
  });
});
