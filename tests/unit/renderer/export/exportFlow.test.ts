import { describe, expect, it } from 'vitest';
import { DOWNLOAD_PATH, type ExportedFile } from '../../../../shared/api';
import { newAccordFile } from '../../../../shared/document/create';
import { fail, ok } from '../../../../shared/result';
import { saveVersion } from '../../../../shared/versions';
import {
  beforeExportName,
  exportToWord,
  type ExportChoice,
} from '../../../../renderer/components/export/exportFlow';
import { DocumentSession } from '../../../../renderer/session/documentSession';
import { appInfo, docTitled, FakeHost, opened, ScriptedPrompts } from '../session/fakes';

const ana = { name: 'Ana Ruiz', initials: 'AR', organization: 'ILO' };
// 14 March 2025, 09:30 local time: version names use the clock the user reads.
const NOW = new Date(2025, 2, 14, 9, 30);

const PLAIN: ExportChoice = {
  options: { comments: false, changes: false, tableOfContents: false },
  against: null,
  saveVersionFirst: false,
};

/** A session over a fake host that exports: kept for download (browser) or written to the path. */
function setup(options: { native?: boolean; path?: string } = {}) {
  const host = new FakeHost();
  host.handlers['settings.get'] = () => Promise.resolve(ok({ identity: ana }));
  host.handlers['export.docx'] = ({ outputPath }) => {
    const exported: ExportedFile =
      outputPath === null
        ? { path: null, downloadId: 'dl-1', fileName: 'Plan of action.docx', bytes: 2048 }
        : { path: outputPath, downloadId: null, fileName: 'out.docx', bytes: 2048 };
    return Promise.resolve(ok(exported));
  };
  const doc = docTitled('Plan of action', 'The text to circulate.');
  const path = options.path ?? null;
  const stamp = path ? host.put(path, newAccordFile(doc)) : null;
  const session = new DocumentSession(
    { api: host.api, appInfo: appInfo(), prompts: new ScriptedPrompts(), now: () => NOW },
    opened(doc, { path, stamp }),
    doc,
  );
  const downloads: { url: string; fileName: string }[] = [];
  const deps = {
    api: host.api,
    native: options.native ?? false,
    download: (url: string, fileName: string) => downloads.push({ url, fileName }),
    now: () => NOW,
  };
  return { host, session, deps, downloads };
}

describe('exporting to Word', () => {
  it('names the version saved first after the local date and time', () => {
    expect(beforeExportName(new Date(2025, 0, 5, 7, 4))).toBe('Before export 2025-01-05 07:04');
  });

  it('in the browser, exports with the chosen options and starts the download of the kept file', async () => {
    const { host, session, deps, downloads } = setup();
    const options = { comments: true, changes: false, tableOfContents: true };
    const outcome = await exportToWord(deps, session, { ...PLAIN, options });

    expect(host.callsTo('export.pickPath')).toEqual([]);
    const [call, ...more] = host.callsTo('export.docx');
    expect(more).toEqual([]);
    expect(call?.options).toEqual(options);
    expect(call?.outputPath).toBeNull();
    expect(call).not.toHaveProperty('against');
    expect(call?.file.meta.title).toBe('Plan of action');
    expect(downloads).toEqual([{ url: `${DOWNLOAD_PATH}dl-1`, fileName: 'Plan of action.docx' }]);
    expect(outcome).toEqual({
      kind: 'exported',
      exported: { path: null, downloadId: 'dl-1', fileName: 'Plan of action.docx', bytes: 2048 },
      version: null,
    });
  });

  it('in Electron, asks where to write it (proposing the title) and has the host write there', async () => {
    const { host, session, deps, downloads } = setup({ native: true });
    host.handlers['export.pickPath'] = () => Promise.resolve(ok('/home/ana/Plan.docx'));
    const outcome = await exportToWord(deps, session, PLAIN);

    expect(host.callsTo('export.pickPath')).toEqual([{ suggestedName: 'Plan of action' }]);
    expect(host.callsTo('export.docx').map((c) => c.outputPath)).toEqual(['/home/ana/Plan.docx']);
    expect(downloads).toEqual([]);
    expect(outcome.kind === 'exported' && outcome.exported.path).toBe('/home/ana/Plan.docx');
  });

  it('does nothing at all when the user cancels the place to write it, not even the version', async () => {
    const { host, session, deps, downloads } = setup({ native: true, path: '/docs/plan.accord' });
    const outcome = await exportToWord(deps, session, { ...PLAIN, saveVersionFirst: true });

    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(host.callsTo('export.docx')).toEqual([]);
    expect(host.callsTo('documents.save')).toEqual([]);
    expect(session.state.versions).toEqual([]);
    expect(downloads).toEqual([]);
  });

  it('reports why the place could not be chosen when the dialog fails', async () => {
    const { host, session, deps } = setup({ native: true });
    host.failures.set('export.pickPath', { code: 'unsupported', message: 'No window to ask.' });
    const outcome = await exportToWord(deps, session, PLAIN);

    expect(outcome).toEqual({ kind: 'failed', message: 'No window to ask.' });
    expect(host.callsTo('export.docx')).toEqual([]);
  });

  it('reports the host’s message when the export fails and starts no download', async () => {
    const { host, session, deps, downloads } = setup();
    host.failures.set('export.docx', { code: 'io-error', message: 'The disk is full.' });
    const outcome = await exportToWord(deps, session, PLAIN);

    expect(outcome).toEqual({ kind: 'failed', message: 'The disk is full.' });
    expect(downloads).toEqual([]);
  });

  it('saves a version “Before export …” first, writes it to the document’s file and exports the file holding it', async () => {
    const { host, session, deps } = setup({ path: '/docs/plan.accord' });
    const outcome = await exportToWord(deps, session, { ...PLAIN, saveVersionFirst: true });

    const name = 'Before export 2025-03-14 09:30';
    expect(outcome.kind === 'exported' && outcome.version?.name).toBe(name);
    expect(session.state.versions.map((v) => [v.name, v.reason, v.author.name])).toEqual([
      [name, 'export', 'Ana Ruiz'],
    ]);
    const onDisk = host.files.get('/docs/plan.accord')?.file;
    expect(onDisk?.versions.list.map((v) => v.name)).toEqual([name]);
    const exported = host.callsTo('export.docx')[0]?.file;
    expect(exported?.versions.list.map((v) => v.name)).toEqual([name]);
    // The version was saved before the export was asked for.
    const order = host.calls.map((c) => c.method).filter((m) => m !== 'settings.get');
    expect(order.indexOf('documents.save')).toBeLessThan(order.indexOf('export.docx'));
  });

  it('keeps the version with an unsaved document until the user saves it', async () => {
    const { host, session, deps } = setup();
    await exportToWord(deps, session, { ...PLAIN, saveVersionFirst: true });

    expect(host.callsTo('documents.save')).toEqual([]);
    expect(session.state.dirty).toBe(true);
    expect(host.callsTo('export.docx')[0]?.file.versions.list).toHaveLength(1);
  });

  it('exports the revised text against the chosen version', async () => {
    const { host, session, deps } = setup();
    const doc = session.currentDoc();
    const earlier = saveVersion(session.versionsFile(), doc, {
      name: 'Draft 1',
      note: '',
      author: ana,
      reason: 'manual',
      now: NOW,
    });
    host.handlers['export.docx'] = ({ against }) =>
      Promise.resolve(
        against === earlier.version.id
          ? ok({ path: null, downloadId: 'dl-2', fileName: 'x.docx', bytes: 1 })
          : fail('not-found', 'No such version.'),
      );
    const outcome = await exportToWord(deps, session, { ...PLAIN, against: earlier.version.id });

    expect(host.callsTo('export.docx')[0]?.against).toBe(earlier.version.id);
    expect(outcome.kind).toBe('exported');
  });
});
