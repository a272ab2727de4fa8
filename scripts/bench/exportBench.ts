// Export to Word on the 300-page plan with 1,000 comment threads, beside pandoc converting the
// same content from Markdown. Called by run.ts; prints nothing itself, returns the report lines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportDocx } from '../../main/services/export';
import { commentedPlan, planMarkdown } from './commentedPlan';
import { line, ms, percentile } from './stats';

const TARGET_MS = 500;
const TARGET_RATIO = 4;
const RUNS = 3;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Starts a new peak-RSS window (Linux: writing 5 to clear_refs resets VmHWM); false elsewhere. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The process's peak resident set since the last reset, from /proc/self/status, in bytes. */
function readPeak(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples RSS while `work` runs; catches only the moments the event loop is free. */
async function sampledPeak<T>(work: () => Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const value = await work();
    return { value, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

/** CPU time of this process so far (all its threads, garbage collection included), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One pandoc run: wall time (as a user waits for it), and CPU time and peak memory when known. */
interface PandocRun {
  ms: number;
  cpu: number | null;
  peak: number | null;
}

function runPandoc(input: string, output: string): PandocRun {
  const args = ['-f', 'markdown', '-t', 'docx', '-o', output, input];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-v', 'pandoc', ...args], { encoding: 'utf8' })
    : spawnSync('pandoc', args, { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.error || result.status !== 0) {
    throw new Error(`pandoc failed: ${result.error?.message ?? result.stderr.slice(-500)}`);
  }
  const figure = (label: string) => {
    const m = new RegExp(`${label}: ([\\d.]+)`).exec(result.stderr);
    return m ? Number(m[1]) : null;
  };
  const user = figure('User time \\(seconds\\)');
  const system = figure('System time \\(seconds\\)');
  const kb = figure('Maximum resident set size \\(kbytes\\)');
  return {
    ms: elapsed,
    cpu: user === null || system === null ? null : (user + system) * 1000,
    peak: kb === null ? null : kb * 1024,
  };
}

function hasPandoc(): boolean {
  return spawnSync('pandoc', ['--version']).status === 0;
}

/** Times the export and pandoc and returns the report lines (figures and targets). */
export async function runExportBench(): Promise<string[]> {
  const lines = [
    '',
    'Export to Word: 300-page plan, 1,000 comment threads with a reply each, comments and changes on',
  ];
  const { doc, file } = commentedPlan();
  const input = { file, doc, options: { comments: true, changes: true } };
  let bytes = await exportDocx(input);
  const times: number[] = [];
  const cpus: number[] = [];
  const before = process.memoryUsage().rss;
  const exact = resetPeak();
  const { peak: sampled } = await sampledPeak(async () => {
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const cpuStarted = cpuMs();
      bytes = await exportDocx(input);
      times.push(performance.now() - started);
      cpus.push(cpuMs() - cpuStarted);
    }
  });
  const accord = percentile(times, 50);
  const accordCpu = percentile(cpus, 50);
  const peak = exact ? readPeak() : null;
  lines.push(
    line(`export, median of ${RUNS} after a warm-up`, ms(accord), {
      text: `≤ ${TARGET_MS} ms`,
      met: accord <= TARGET_MS,
    }),
  );
  lines.push(line('export runs', times.map((t) => ms(t)).join(', ')));
  lines.push(line('export CPU time, median (all threads)', ms(accordCpu)));
  const [load] = loadavg();
  lines.push(
    line(
      'machine load, 1-minute average',
      `${(load ?? 0).toFixed(1)} on ${availableParallelism()} cores`,
    ),
  );
  lines.push(line('.docx size', mb(bytes.byteLength)));
  lines.push(
    line(
      peak === null
        ? 'peak RSS while exporting (sampled)'
        : 'peak RSS of the process while exporting',
      `${mb(peak ?? sampled)} (${mb(before)} before the timed runs)`,
    ),
  );

  if (!hasPandoc()) {
    lines.push(line('pandoc markdown → docx', 'pandoc not found; no comparison'));
    return lines;
  }
  const work = mkdtempSync(join(tmpdir(), 'accord-export-bench-'));
  try {
    const markdown = join(work, 'plan.md');
    writeFileSync(markdown, planMarkdown(doc, file));
    const runs = Array.from({ length: RUNS }, () => runPandoc(markdown, join(work, 'pandoc.docx')));
    const pandoc = percentile(
      runs.map((r) => r.ms),
      50,
    );
    const ratio = pandoc / accord;
    lines.push(
      line(
        `pandoc markdown → docx, median of ${RUNS}`,
        `${ms(pandoc)} (${mb(statSync(join(work, 'pandoc.docx')).size)} .docx)`,
      ),
    );
    const pandocCpu = runs.every((r) => r.cpu !== null)
      ? percentile(
          runs.map((r) => r.cpu ?? 0),
          50,
        )
      : null;
    if (pandocCpu !== null) {
      lines.push(
        line(
          'pandoc CPU time, median',
          `${ms(pandocCpu)} (${(pandocCpu / accordCpu).toFixed(1)}x Accord's CPU time)`,
        ),
      );
    }
    const pandocPeak = Math.max(...runs.map((r) => r.peak ?? 0));
    if (pandocPeak > 0) lines.push(line('pandoc peak RSS', mb(pandocPeak)));
    lines.push(
      line('pandoc time / Accord time', `${ratio.toFixed(1)}x`, {
        text: `≥ ${TARGET_RATIO}x`,
        met: ratio >= TARGET_RATIO,
      }),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return lines;
}
