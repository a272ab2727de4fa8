import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentHeader, DOCX_TYPE } from '../../../../main/host/downloadRoute';
import { launchHost } from '../../../../main/host/launch';
import { startHost } from '../../../../main/host/server';
import { createApiHandlers } from '../../../../main/services/api';
import { DOWNLOAD_PATH, type ExportedFile } from '../../../../shared/api';
import type { Result } from '../../../../shared/result';
import { fakeClock, tempDir } from '../../main/services/helpers';
import { blankFile, documentXml } from './wiringFixtures';

const TOKEN = 'download-token-0123456789';
const stops: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** The browser host over real services in temp folders, as `npm run start:browser` runs it. */
async function launched() {
  const root = await tempDir();
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  const libraryDir = join(root, 'library');
  const { host, stop } = await launchHost(
    {
      port: 0,
      token: TOKEN,
      libraryDir,
      dataDir: join(root, 'data'),
      staticDir: root,
      resourcesDir: join(root, 'resources'),
      printJson: false,
      help: false,
    },
    {
      createServices: createApiHandlers,
      print: () => undefined,
      log: () => undefined,
      platform: 'linux',
    },
  );
  stops.push(stop);
  return { host, libraryDir };
}

/** Asks the host to export a blank document titled `title` for download. */
async function exportForDownload(url: string, title = 'Plan'): Promise<ExportedFile> {
  const file = blankFile();
  file.meta.title = title;
  const response = await fetch(`${url}/api/export.docx`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Accord-Token': TOKEN },
    body: JSON.stringify({
      file,
      options: { comments: true, changes: true, tableOfContents: false },
      outputPath: null,
    }),
  });
  const result = (await response.json()) as Result<ExportedFile>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const cookie = (token: string) => ({ Cookie: `accord_token=${token}` });

describe('downloading an export from the browser host', () => {
  it('serves the exported bytes once the page cookie shows the token', async () => {
    const { host, libraryDir } = await launched();
    const exported = await exportForDownload(host.url);
    expect(exported.path).toBeNull();
    const response = await fetch(`${host.url}${DOWNLOAD_PATH}${exported.downloadId}`, {
      headers: cookie(TOKEN),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX_TYPE);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="Plan.docx"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBe(exported.bytes);
    expect(documentXml(bytes)).toContain('<w:body>');
    // Fetching again works (browsers retry), and nothing was written to disk.
    const again = await fetch(`${host.url}${DOWNLOAD_PATH}${exported.downloadId}`, {
      headers: cookie(TOKEN),
    });
    expect(again.status).toBe(200);
    await mkdir(libraryDir, { recursive: true });
    expect(await readdir(libraryDir)).toEqual([]);
  });

  it('accepts the token in the address too, and answers HEAD without a body', async () => {
    const { host } = await launched();
    const exported = await exportForDownload(host.url, 'Plan de acción – 2026');
    const address = `${host.url}${DOWNLOAD_PATH}${exported.downloadId}`;
    const response = await fetch(`${address}?token=${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Plan de acci_n _ 2026.docx"; filename*=UTF-8''Plan%20de%20acci%C3%B3n%20%E2%80%93%202026.docx`,
    );
    const head = await fetch(address, { method: 'HEAD', headers: cookie(TOKEN) });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(exported.bytes));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('refuses a wrong or missing token with 401 and an unknown id with 404', async () => {
    const { host } = await launched();
    const exported = await exportForDownload(host.url);
    const address = `${host.url}${DOWNLOAD_PATH}${exported.downloadId}`;
    const wrong = await fetch(address, { headers: cookie('wrong-token-0123456789') });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('PK');
    expect((await fetch(address)).status).toBe(401);
    expect((await fetch(`${address}?token=nope`, { headers: cookie(TOKEN) })).status).toBe(401);
    for (const id of ['x'.repeat(43), 'short', `${exported.downloadId}x`, '', '..%2f..%2fetc']) {
      const unknown = await fetch(`${host.url}${DOWNLOAD_PATH}${id}`, { headers: cookie(TOKEN) });
      expect(unknown.status, id).toBe(404);
      expect(await unknown.text()).toContain('Export again');
    }
    const post = await fetch(address, { method: 'POST', headers: cookie(TOKEN) });
    expect(post.status).toBe(405);
  });

  it('forgets an export after ten minutes', async () => {
    const root = await tempDir();
    const clock = fakeClock();
    const services = createApiHandlers({
      dataDir: join(root, 'data'),
      libraryDir: join(root, 'library'),
      resourcesDir: join(root, 'resources'),
      host: 'browser',
      platform: 'linux',
      now: clock.now,
    });
    const host = await startHost({
      api: services.api,
      staticDir: root,
      token: TOKEN,
      downloads: services.downloads,
    });
    stops.push(async () => {
      await services.dispose();
      await host.close();
    });
    const exported = await exportForDownload(host.url);
    const address = `${host.url}${DOWNLOAD_PATH}${exported.downloadId}`;
    clock.advance(9 * 60 * 1000);
    expect((await fetch(address, { headers: cookie(TOKEN) })).status).toBe(200);
    clock.advance(60 * 1000);
    expect((await fetch(address, { headers: cookie(TOKEN) })).status).toBe(404);
  });
});

describe('the Content-Disposition of a download', () => {
  it('keeps plain names as they are and escapes what would break the header', () => {
    expect(attachmentHeader('Plan.docx')).toBe('attachment; filename="Plan.docx"');
    expect(attachmentHeader('a"b\\c.docx')).toBe(
      `attachment; filename="a_b_c.docx"; filename*=UTF-8''a%22b%5Cc.docx`,
    );
    expect(attachmentHeader("O'Neil (draft).docx")).toBe(
      `attachment; filename="O'Neil (draft).docx"`,
    );
    expect(attachmentHeader('文件.docx')).toBe(
      `attachment; filename="__.docx"; filename*=UTF-8''%E6%96%87%E4%BB%B6.docx`,
    );
  });
});
