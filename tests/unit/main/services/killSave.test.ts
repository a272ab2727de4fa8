import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cleanStrayTemps, writeFileAtomic } from '../../../../main/services/atomicWrite';
import { readDocumentFile } from '../../../../main/services/documentFiles';
import { killTestState, mulberry32, stateOf } from './fixtures/killSaveStates';
import { tempDir } from './helpers';

const RUNS = 200;

/** Runs the child until it is ready, kills it after `delayMs`, and returns the states it acknowledged. */
function runAndKill(
  script: string,
  path: string,
  from: number,
  delayMs: number,
): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, path, String(from)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('ready\n'))
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    // 'close' comes after stdout is drained, so every acknowledgement written before the kill is seen.
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself: ${err || out}`));
      else
        resolve(
          out
            .split('\n')
            .filter((l) => /^\d+$/.test(l))
            .map(Number),
        );
    });
  });
}

/** Which complete state the file holds, or a description of what is wrong with it. */
async function stateOnDisk(path: string): Promise<number | string> {
  const read = await readDocumentFile(path);
  if (!read.ok) return read.error.message;
  return stateOf(read.value.loaded.file, read.value.loaded.doc);
}

describe('saving survives being killed', () => {
  it(`always leaves a complete saved state after ${RUNS} SIGKILLs at random points`, async () => {
    const dir = await tempDir();
    const script = join(dir, 'child.cjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'fixtures', 'killSaveChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: script,
      logLevel: 'silent',
    });
    const path = join(dir, 'Plan.accord');
    await writeFileAtomic(path, killTestState(0));
    const seed = Date.now() % 1_000_000;
    const random = mulberry32(seed);
    const started = Date.now();
    const failures: string[] = [];
    let onDisk = 0;
    let saves = 0;
    for (let run = 0; run < RUNS; run++) {
      const acked = await runAndKill(script, path, onDisk + 1, 5 + Math.floor(random() * 56));
      saves += acked.length;
      const lastAcked = acked.length ? Math.max(...acked) : onDisk;
      const found = await stateOnDisk(path);
      // The file holds the last acknowledged save, or the next one if it was renamed in place
      // just before the kill; never an older, partial or mixed state.
      if (typeof found === 'string') failures.push(`run ${run}: ${found}`);
      else if (found !== lastAcked && found !== lastAcked + 1)
        failures.push(`run ${run}: state ${found} after acknowledged ${lastAcked}`);
      else onDisk = found;
    }
    const seconds = (Date.now() - started) / 1000;
    const temps = (await readdir(dir)).filter((n) => n.endsWith('.accord-tmp')).length;
    console.log(
      `kill test: ${RUNS} runs, ${failures.length} failures, ${saves} saves acknowledged, final state ${onDisk}, ${temps} stray temps, ${seconds.toFixed(1)} s (seed ${seed})`,
    );
    expect(failures).toEqual([]);
    expect(saves).toBeGreaterThan(RUNS);
    // Temps left by kills are what cleanStrayTemps removes at the next start.
    expect(await cleanStrayTemps(dir, new Date(Date.now() + 120_000))).toBe(temps);
    expect((await readdir(dir)).sort()).toEqual(['Plan.accord', 'child.cjs']);
  }, 180_000);
});
