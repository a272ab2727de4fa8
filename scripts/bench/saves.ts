import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AccordFile } from '../../shared/document/fileSchema';
import { serializeAccordFile } from '../../shared/document/load';
import { writeFileSync } from 'node:fs';
import { createApiHandlers } from '../../main/services/api';
import { percentile } from './stats';

/** Times `documents.save` through the real services (validation, backup, atomic write, fsync). */
export async function measureSaves(
  work: string,
  file: AccordFile,
  count = 30,
): Promise<{ p50: number; p95: number }> {
  const libraryDir = join(work, 'library');
  const dataDir = join(work, 'data');
  mkdirSync(libraryDir, { recursive: true });
  const path = join(libraryDir, 'plan.accord');
  writeFileSync(path, serializeAccordFile(file));
  const services = createApiHandlers({
    dataDir,
    libraryDir,
    resourcesDir: join(work, 'resources'),
    host: 'test',
    platform: process.platform,
  });
  try {
    const opened = await services.api['documents.open']({ path });
    if (!opened.ok) throw new Error(opened.error.message);
    let stamp = opened.value.stamp;
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const next = {
        ...opened.value.file,
        meta: { ...opened.value.file.meta, modified: new Date(Date.now() + i).toISOString() },
      };
      const started = performance.now();
      const saved = await services.api['documents.save']({
        path,
        file: next,
        expectedStamp: stamp,
      });
      times.push(performance.now() - started);
      if (!saved.ok) throw new Error(saved.error.message);
      stamp = saved.value.stamp;
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await services.dispose();
  }
}
