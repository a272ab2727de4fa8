import { spawn } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { cleanStrayTemps, isTempName, writeFileAtomic } from '../../../main/services/atomicWrite';
import { BackupStore, MAX_BACKUPS } from '../../../main/services/backups';
import { readDocumentFile } from '../../../main/services/documentFiles';
import { RecoveryStore } from '../../../main/services/recovery';
import { loadAccordValue } from '../../../shared/document/load';
import { killTestState, mulberry32, stateOf } from '../main/services/fixtures/killSaveStates';

const RECOVERY_KEY = 'kill-test';

/** Bundles the child (fixtures/killApiChild.ts) into `outDir` and returns its path. */
export async function buildKillChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'kill-child.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'fixtures', 'killApiChild.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

/** A child started ahead of its run: loaded and waiting for its first state on stdin. */
interface WaitingChild {
  /** Starts it at state `first`, SIGKILLs it `delayMs` after it is ready; resolves its lines. */
  run(first: number, delayMs: number): Promise<string[]>;
  /** Ends a child that will not be run. */
  cancel(): void;
}

function startChild(script: string, args: string[]): WaitingChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let delay = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delay);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const closed = new Promise<string[]>((resolve, reject) => {
    child.on('error', reject);
    // 'close' comes after stdout is drained, so every line written before the kill is seen.
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      const lines = out.split('\n').filter((l) => l !== '');
      if (signal === 'SIGKILL' || lines.some((l) => l.startsWith('error'))) resolve(lines);
      else reject(new Error(`child ended by itself: ${err || out}`));
    });
  });
  return {
    run(first, delayMs) {
      delay = delayMs;
      child.stdin.end(`${first}\n`);
      return closed;
    },
    cancel() {
      child.kill('SIGKILL');
      closed.catch(() => undefined);
    },
  };
}

async function documentState(path: string): Promise<number | string> {
  const read = await readDocumentFile(path);
  if (!read.ok) return read.error.message;
  return stateOf(read.value.loaded.file, read.value.loaded.doc);
}

async function recoveryState(dataDir: string): Promise<number | string | null> {
  const record = await new RecoveryStore(dataDir).read(RECOVERY_KEY);
  if (!record.ok) return record.error.code === 'not-found' ? null : record.error.message;
  const loaded = loadAccordValue(record.value.file, 'recovery');
  if (!loaded.ok) return loaded.error.message;
  return stateOf(loaded.value.file, loaded.value.doc);
}

/**
 * Every backup must open to a complete state (each is checked once, when it first appears).
 * Returns the problems and how many were checked. Each kill between keeping a backup and pruning
 * the oldest leaves one extra until the next save prunes, so `unpruned` extra are allowed.
 */
async function checkBackups(
  dataDir: string,
  path: string,
  seen: Set<string>,
  unpruned: number,
): Promise<[string[], number]> {
  const store = new BackupStore(dataDir);
  const all = await store.list(path);
  const entries = all.filter((e) => !seen.has(e.id));
  const problems: string[] = [];
  if (all.length > MAX_BACKUPS + unpruned) problems.push(`${all.length} backups kept`);
  for (const entry of entries) {
    seen.add(entry.id);
    const file = await store.find(path, entry.id);
    const state = file ? await documentState(file) : 'vanished';
    if (typeof state === 'string') problems.push(`backup ${entry.id}: ${state}`);
  }
  return [problems, entries.length];
}

/** What a kill campaign found. */
export interface KillFigures {
  runs: number;
  killedDuringSave: number;
  killedDuringAutosave: number;
  savesAcknowledged: number;
  autosavesAcknowledged: number;
  backupsChecked: number;
  strayTempsCleaned: number;
  /** Each lost, partial or unexpected document, recovery or backup state, by run. */
  failures: string[];
  finalState: number;
}

/**
 * Kills a child saving and autosaving through the services `runs` times at random moments, and
 * after each kill checks that the document, its recovery file and its backups each open to a
 * complete state: the last acknowledged one, or the one being written when the kill came.
 */
export async function runKillCampaign(
  root: string,
  runs: number,
  seed: number,
  childScript?: string,
): Promise<KillFigures> {
  const dataDir = join(root, 'data');
  const libraryDir = join(root, 'library');
  await mkdir(libraryDir, { recursive: true });
  // Each campaign builds its own copy unless given one, so campaigns can start together.
  const script = childScript ?? (await buildKillChild(root));
  const path = join(libraryDir, 'Plan.accord');
  await writeFileAtomic(path, killTestState(0));
  const random = mulberry32(seed);
  const figures: KillFigures = {
    runs,
    killedDuringSave: 0,
    killedDuringAutosave: 0,
    savesAcknowledged: 0,
    autosavesAcknowledged: 0,
    backupsChecked: 0,
    strayTempsCleaned: 0,
    failures: [],
    finalState: 0,
  };
  let onDisk = 0;
  let recovered: number | null = null;
  const seenBackups = new Set<string>();
  let unpruned = 0;
  const args = [dataDir, libraryDir, path, RECOVERY_KEY];
  let next = startChild(script, args);
  for (let run = 0; run < runs; run++) {
    const first = onDisk + 1;
    const current = next;
    const running = current.run(first, Math.floor(random() * 60));
    next = startChild(script, args);
    const lines = await running;
    const error = lines.find((l) => l.startsWith('error'));
    if (error) {
      figures.failures.push(`run ${run}: ${error}`);
      break;
    }
    const last = lines[lines.length - 1] ?? '';
    const number = (prefix: string) =>
      lines.filter((l) => l.startsWith(prefix)).map((l) => Number(l.slice(prefix.length)));
    const saves = number('save ');
    const autos = number('auto ');
    figures.savesAcknowledged += saves.length;
    figures.autosavesAcknowledged += autos.length;
    const lastSave = saves.length ? Math.max(...saves) : onDisk;
    const lastAuto: number | null = autos.length ? Math.max(...autos) : recovered;
    // The last line says which call the kill interrupted and so which state may have landed.
    const inSave = !last.startsWith('save ');
    if (inSave) figures.killedDuringSave++;
    else figures.killedDuringAutosave++;
    const savingNow = last.startsWith('auto ') ? Number(last.slice(5)) : first;
    const doc = await documentState(path);
    if (typeof doc === 'string') figures.failures.push(`run ${run}: document: ${doc}`);
    else if (doc !== lastSave && !(inSave && doc === savingNow))
      figures.failures.push(
        `run ${run}: document holds state ${doc} after acknowledged ${lastSave}`,
      );
    else onDisk = doc;
    const recovery = await recoveryState(dataDir);
    if (typeof recovery === 'string') figures.failures.push(`run ${run}: recovery: ${recovery}`);
    else if (recovery !== lastAuto && !(!inSave && recovery === lastSave + 1))
      figures.failures.push(
        `run ${run}: recovery holds ${recovery} after acknowledged ${lastAuto}`,
      );
    else recovered = recovery;
    // Kills during saves since the last acknowledged one, each of which may leave a backup unpruned.
    unpruned = (saves.length ? 0 : unpruned) + (inSave ? 1 : 0);
    const [problems, checked] = await checkBackups(dataDir, path, seenBackups, unpruned);
    figures.backupsChecked += checked;
    figures.failures.push(...problems.map((p) => `run ${run}: ${p}`));
  }
  next.cancel();
  figures.finalState = onDisk;
  // Temps left by kills are what cleanStrayTemps removes at the next start.
  const later = new Date(Date.now() + 120_000);
  for (const dir of [libraryDir, dataDir, join(dataDir, 'recovery')])
    figures.strayTempsCleaned += await cleanStrayTemps(dir, later);
  const left = (await readdir(libraryDir)).filter(isTempName);
  if (left.length) figures.failures.push(`stray temps left: ${left.join(', ')}`);
  return figures;
}

/**
 * Runs `runs` kills as `parallel` campaigns on separate documents at once (a kill run mostly
 * waits on a starting process, so two keep two cores busy), and adds up their figures.
 */
export async function runKillCampaigns(
  root: string,
  runs: number,
  seed: number,
  parallel = 2,
  childScript?: string,
): Promise<KillFigures> {
  const shares = Array.from(
    { length: parallel },
    (_, i) => Math.floor(runs / parallel) + (i < runs % parallel ? 1 : 0),
  );
  const all = await Promise.all(
    shares.map((n, i) => runKillCampaign(join(root, `campaign-${i}`), n, seed + i, childScript)),
  );
  const sum = (key: keyof Omit<KillFigures, 'failures'>) =>
    all.reduce((total, f) => total + f[key], 0);
  return {
    runs: sum('runs'),
    killedDuringSave: sum('killedDuringSave'),
    killedDuringAutosave: sum('killedDuringAutosave'),
    savesAcknowledged: sum('savesAcknowledged'),
    autosavesAcknowledged: sum('autosavesAcknowledged'),
    backupsChecked: sum('backupsChecked'),
    strayTempsCleaned: sum('strayTempsCleaned'),
    finalState: Math.max(...all.map((f) => f.finalState)),
    failures: all.flatMap((f, i) => f.failures.map((x) => `campaign ${i}: ${x}`)),
  };
}

/** One line of figures for logs and `npm run fuzz`. */
export function describeKillFigures(f: KillFigures, seed: number): string {
  return `kill -9 during save/autosave (seed ${seed}): ${f.runs} runs (${f.killedDuringSave} during save, ${f.killedDuringAutosave} during autosave), ${f.savesAcknowledged} saves and ${f.autosavesAcknowledged} autosaves acknowledged, ${f.backupsChecked} backups checked, ${f.strayTempsCleaned} stray temps cleaned, final state ${f.finalState}, ${f.failures.length} documents lost or corrupt`;
}
