import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as ExportModule from '../../../../main/services/export';
import { makeHandlers } from '../../main/services/apiHelpers';
import { blankFile } from './wiringFixtures';

// Stands in for a bug in the Word writer: the real writer, except that it throws when told to.
const fault = vi.hoisted(() => ({ message: '' }));
vi.mock('../../../../main/services/export', async (importOriginal) => {
  const real = await importOriginal<typeof ExportModule>();
  return {
    ...real,
    exportDocx: (input: Parameters<typeof real.exportDocx>[0]) =>
      fault.message ? Promise.reject(new TypeError(fault.message)) : real.exportDocx(input),
  };
});

describe('a fault in the Word writer', () => {
  it('becomes an internal failure that names it, and writes nothing', async () => {
    const h = await makeHandlers();
    fault.message = 'Cannot read properties of undefined (reading "runs")';
    try {
      const result = await h.api['export.docx']({
        file: blankFile(),
        options: { comments: true, changes: true, tableOfContents: false },
        outputPath: join(h.libraryDir, 'Plan.docx'),
      });
      expect(result.ok ? '' : result.error.code).toBe('internal');
      expect(result.ok ? '' : result.error.message).toContain('reading "runs"');
      expect(result.ok ? '' : result.error.message).toContain('Nothing was written');
      expect(await readdir(h.libraryDir)).toEqual([]);
    } finally {
      fault.message = '';
    }
    const recovered = await h.api['export.docx']({
      file: blankFile(),
      options: { comments: false, changes: false, tableOfContents: false },
      outputPath: null,
    });
    expect(recovered.ok).toBe(true);
  });
});
