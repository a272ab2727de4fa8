import type { Node } from 'prosemirror-model';
import type {
  AccordApi,
  ApiArgs,
  ApiMethod,
  ApiResults,
  AppInfo,
  BackupEntry,
  DiskStamp,
  DocumentEntry,
  OpenedDocument,
  RecoveryEntry,
} from '../../../../shared/api';
import { blankDocument, newAccordFile } from '../../../../shared/document/create';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { fail, ok, type ApiError, type Result } from '../../../../shared/result';
import { MASTHEAD_FIELDS, schema } from '../../../../shared/schema';
import { newId } from '../../../../shared/document/ids';
import { DocumentSession } from '../../../../renderer/session/documentSession';
import type { Choice, Prompts } from '../../../../renderer/session/prompts';

/** A document whose masthead title is `title`. */
export function docTitled(title: string, text = 'Some words here.'): Node {
  const { nodes } = schema;
  return nodes.doc.create(null, [
    nodes.masthead.create(
      { id: newId() },
      MASTHEAD_FIELDS.map((f) =>
        nodes.masthead_field.create(
          { id: newId(), field: f.key },
          f.key === 'title' && title ? schema.text(title) : null,
        ),
      ),
    ),
    nodes.numbered_paragraph.create({ id: newId() }, text ? schema.text(text) : null),
  ]);
}

/** An OpenedDocument for tests. */
export function opened(doc: Node, over: Partial<OpenedDocument> = {}): OpenedDocument {
  return {
    path: null,
    file: newAccordFile(doc),
    stamp: null,
    readOnly: false,
    readOnlyReason: null,
    notes: [],
    dirty: false,
    ...over,
  };
}

/** App info for a browser host (no native dialogs) unless overridden. */
export function appInfo(over: Partial<AppInfo> = {}): AppInfo {
  return {
    version: '0.1.0',
    host: 'test',
    platform: 'linux',
    nativeDialogs: false,
    libraryDir: '/home/ana/Accord',
    pathSeparator: '/',
    ...over,
  };
}

type Handlers = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<Result<ApiResults[M]>> };

/**
 * An in-memory host: files with stamps that change on every write, recoveries and backups.
 * Behaves like the real services for the cases the renderer flows care about; any method can
 * be replaced with `host.handlers[...] = ...` and every call is logged.
 */
export class FakeHost {
  files = new Map<string, { file: AccordFile; stamp: DiskStamp }>();
  recoveries = new Map<string, { path: string | null; file: AccordFile; savedAt: string }>();
  backups = new Map<string, { entry: BackupEntry; file: AccordFile }[]>();
  recent: DocumentEntry[] = [];
  library: DocumentEntry[] = [];
  closed: string[] = [];
  calls: { method: ApiMethod; args: unknown }[] = [];
  failures = new Map<ApiMethod, ApiError>();
  private writes = 0;

  readonly handlers: Handlers = {
    'app.info': () => Promise.resolve(ok(appInfo())),
    'settings.get': () => Promise.resolve(ok({ identity: null })),
    'settings.setIdentity': ({ identity }) => Promise.resolve(ok({ identity })),
    'documents.list': () => Promise.resolve(ok({ recent: this.recent, library: this.library })),
    'documents.create': ({ template }) =>
      Promise.resolve(ok(opened(docTitled(template === 'blank' ? '' : 'Action plan')))),
    'documents.open': ({ path }) => {
      const stored = this.files.get(path);
      if (!stored) return Promise.resolve(fail('not-found', `“${path}” was not found.`));
      return Promise.resolve(ok({ ...opened(blankDocument()), path, ...stored }));
    },
    'documents.save': ({ path, file, expectedStamp, overwrite }) => {
      const stored = this.files.get(path);
      const matches = stored ? expectedStamp?.hash === stored.stamp.hash : expectedStamp === null;
      if (!matches && !overwrite)
        return Promise.resolve(fail('changed-on-disk', `“${path}” changed on disk.`));
      const stamp = { mtimeMs: ++this.writes, size: 100 + this.writes, hash: `h${this.writes}` };
      this.files.set(path, { file, stamp });
      return Promise.resolve(ok({ path, stamp, savedAt: new Date().toISOString() }));
    },
    'documents.close': ({ path }) => {
      this.closed.push(path);
      return Promise.resolve(ok(null));
    },
    'documents.pickOpenPath': () => Promise.resolve(fail('cancelled', 'Cancelled.')),
    'documents.pickSavePath': () => Promise.resolve(fail('cancelled', 'Cancelled.')),
    'documents.autosave': ({ key, path, file }) => {
      const savedAt = new Date().toISOString();
      this.recoveries.set(key, { path, file, savedAt });
      return Promise.resolve(ok({ savedAt }));
    },
    'documents.recoveries': () =>
      Promise.resolve(
        ok(
          [...this.recoveries].map(([id, r]): RecoveryEntry => ({
            id,
            path: r.path,
            title: r.file.meta.title,
            savedAt: r.savedAt,
          })),
        ),
      ),
    'documents.recover': ({ id }) => {
      const r = this.recoveries.get(id);
      if (!r) return Promise.resolve(fail('not-found', 'No such recovery.'));
      return Promise.resolve(
        ok({ ...opened(blankDocument()), path: r.path, file: r.file, dirty: true }),
      );
    },
    'documents.discardRecovery': ({ id }) => {
      this.recoveries.delete(id);
      return Promise.resolve(ok(null));
    },
    'documents.backups': ({ path }) =>
      Promise.resolve(ok((this.backups.get(path) ?? []).map((b) => b.entry))),
    'documents.restoreBackup': ({ path, id }) => {
      const b = (this.backups.get(path) ?? []).find((x) => x.entry.id === id);
      if (!b) return Promise.resolve(fail('not-found', 'No such backup.'));
      const stored = this.files.get(path);
      return Promise.resolve(
        ok({
          ...opened(blankDocument()),
          path,
          file: b.file,
          stamp: stored?.stamp ?? null,
          dirty: true,
        }),
      );
    },
    'export.pickPath': () => Promise.resolve(fail('cancelled', 'Cancelled.')),
    'export.docx': () => Promise.resolve(fail('unsupported', 'The fake host does not export.')),
    'review.send': () => Promise.resolve(fail('unsupported', 'The fake host does not send.')),
    'review.import': () => Promise.resolve(fail('unsupported', 'The fake host does not import.')),
    'window.setState': () => Promise.resolve(ok(null)),
  };

  /** The AccordApi over this host. */
  readonly api: AccordApi = Object.fromEntries(
    (Object.keys(this.handlers) as ApiMethod[]).map((method) => [
      method,
      (args: unknown) => {
        this.calls.push({ method, args });
        const failure = this.failures.get(method);
        if (failure) return Promise.resolve({ ok: false, error: failure });
        return (this.handlers[method] as (a: unknown) => Promise<Result<unknown>>)(args);
      },
    ]),
  ) as AccordApi;

  /** Calls made to one method, in order. */
  callsTo<M extends ApiMethod>(method: M): ApiArgs<M>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args as ApiArgs<M>);
  }

  /** Puts a file on the fake disk and returns its stamp. */
  put(path: string, file: AccordFile): DiskStamp {
    const stamp = { mtimeMs: ++this.writes, size: 100, hash: `h${this.writes}` };
    this.files.set(path, { file, stamp });
    return stamp;
  }
}

/** A question the scripted prompts were asked. */
export interface Asked {
  kind: 'alert' | 'choose' | 'text' | 'saveName' | 'openPath';
  title: string;
  message: string;
  labels: string[];
}

/**
 * Prompts answered from a script: each question takes the next answer. Choose answers are
 * matched by button label, so tests read like what the user clicked.
 */
export class ScriptedPrompts implements Prompts {
  asked: Asked[] = [];
  private answers: (string | null)[] = [];

  /** Queues answers: labels for choices, text (or null for cancel) for the others. */
  answer(...answers: (string | null)[]): this {
    this.answers.push(...answers);
    return this;
  }

  alert(title: string, message: string): Promise<void> {
    this.asked.push({ kind: 'alert', title, message, labels: [] });
    return Promise.resolve();
  }

  choose<T extends string>(
    title: string,
    message: string,
    choices: readonly Choice<T>[],
    cancel: T,
  ): Promise<T> {
    this.asked.push({ kind: 'choose', title, message, labels: choices.map((c) => c.label) });
    const label = this.next(title);
    return Promise.resolve(choices.find((c) => c.label === label)?.value ?? cancel);
  }

  askText(title: string, label: string): Promise<string | null> {
    this.asked.push({ kind: 'text', title, message: label, labels: [] });
    return Promise.resolve(this.next(title));
  }

  askSaveName(suggested: string, folder: string): Promise<string | null> {
    this.asked.push({
      kind: 'saveName',
      title: 'Save as',
      message: `${suggested} in ${folder}`,
      labels: [],
    });
    return Promise.resolve(this.next('Save as'));
  }

  askOpenPath(): Promise<string | null> {
    this.asked.push({ kind: 'openPath', title: 'Open', message: '', labels: [] });
    return Promise.resolve(this.next('Open'));
  }

  private next(question: string): string | null {
    if (this.answers.length === 0) throw new Error(`No scripted answer for “${question}”`);
    return this.answers.shift() ?? null;
  }
}

/** A session on the "Plan of action" draft (saved at `path` if given) and a `type` that edits it. */
export function setupSession(
  options: { path?: string; readOnly?: boolean; native?: boolean } = {},
) {
  const host = new FakeHost();
  const prompts = new ScriptedPrompts();
  let doc = docTitled('Plan of action');
  const path = options.path ?? null;
  const stamp = path ? host.put(path, newAccordFile(doc)) : null;
  const session = new DocumentSession(
    { api: host.api, appInfo: appInfo({ nativeDialogs: options.native ?? false }), prompts },
    opened(doc, {
      path,
      stamp,
      readOnly: options.readOnly ?? false,
      readOnlyReason: options.readOnly ? 'Open in another window' : null,
    }),
    doc,
  );
  session.attachDoc(() => doc);
  const type = (text: string) => {
    doc = docTitled('Plan of action', text);
    session.markEdited();
  };
  return { host, prompts, session, type, current: () => doc };
}

export { FakeHandle } from './fakeHandle';
