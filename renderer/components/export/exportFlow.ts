import {
  DOWNLOAD_PATH,
  type AccordApi,
  type DocxExportOptions,
  type ExportedFile,
} from '../../../shared/api';
import type { Version } from '../../../shared/document/fileSchema';
import type { DocumentSession } from '../../session/documentSession';

/** What the user chose in the Export to Word dialog. */
export interface ExportChoice {
  options: DocxExportOptions;
  /** A version id: the export shows the changes since it ("revised text"); null for none. */
  against: string | null;
  /** Save a version "Before export …" first, so what was circulated can be found again. */
  saveVersionFirst: boolean;
}

/** What an export needs from the app. */
export interface ExportDeps {
  api: AccordApi;
  /** True where the host has native dialogs (Electron): ask where to write the .docx. */
  native: boolean;
  /** Starts the browser's download of an export the host keeps at `url`. */
  download: (url: string, fileName: string) => void;
  now?: () => Date;
}

/** The parts of a session an export uses. */
export type ExportSource = Pick<DocumentSession, 'state' | 'saveVersion' | 'currentFile'>;

/** How an export ended. */
export type ExportOutcome =
  | { kind: 'exported'; exported: ExportedFile; version: Version | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The name of the version saved before an export: "Before export 2025-03-14 09:30", local time. */
export function beforeExportName(at: Date): string {
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `Before export ${day} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * Starts a download through a temporary `<a download>`: unlike navigating, it never unloads the
 * page, so the unsaved-work guard does not ask "Leave site?".
 */
export function downloadWithLink(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Exports the document as it is now: asks where to write it (native dialogs) before anything
 * else, so a cancelled pick changes nothing; then saves the "Before export" version when asked,
 * so the exported file holds it; then has the host write the .docx, or starts its download.
 */
export async function exportToWord(
  deps: ExportDeps,
  source: ExportSource,
  choice: ExportChoice,
): Promise<ExportOutcome> {
  const { api } = deps;
  let outputPath: string | null = null;
  if (deps.native) {
    const picked = await api['export.pickPath']({
      suggestedName: source.state.title.slice(0, 200),
    });
    if (!picked.ok) {
      return picked.error.code === 'cancelled'
        ? { kind: 'cancelled' }
        : { kind: 'failed', message: picked.error.message };
    }
    outputPath = picked.value;
  }
  let version: Version | null = null;
  if (choice.saveVersionFirst) {
    const now = deps.now?.() ?? new Date();
    version = (await source.saveVersion(beforeExportName(now), '', 'export')).version;
  }
  const result = await api['export.docx']({
    file: source.currentFile(),
    options: choice.options,
    outputPath,
    ...(choice.against === null ? {} : { against: choice.against }),
  });
  if (!result.ok) return { kind: 'failed', message: result.error.message };
  const exported = result.value;
  if (exported.downloadId !== null) {
    deps.download(`${DOWNLOAD_PATH}${encodeURIComponent(exported.downloadId)}`, exported.fileName);
  }
  return { kind: 'exported', exported, version };
}
