import { DOWNLOAD_PATH } from '../../shared/api';
import type { DownloadSource } from '../services/downloadStore';
import { authorizePage } from './guards';
import { sendText } from './respond';
import type { RequestContext, Route } from './route';

/** The media type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const NO_TOKEN =
  'This download needs Accord’s access token. Export again from the Accord page in this browser.';
const GONE =
  'This export is no longer available (exports are kept for ten minutes). Export again from Accord.';

/**
 * A Content-Disposition that makes the browser save the file under its name: a plain ASCII
 * `filename` for old clients and an RFC 5987 `filename*` carrying the exact name in UTF-8.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = Array.from(fileName, (ch) =>
    ch < ' ' || ch > '~' || ch === '"' || ch === '\\' ? '_' : ch,
  ).join('');
  if (ascii === fileName) return `attachment; filename="${fileName}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * `GET /download/<id>`: an export the services kept for this browser, as a file to save. Needs
 * the page token (the cookie, or `?token=`), like every page; unknown or expired ids get a 404.
 */
export function downloadRoute(downloads: DownloadSource): Route {
  return {
    claims: (pathname) => pathname.startsWith(DOWNLOAD_PATH),
    handle({ req, res, url, token, log }: RequestContext) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        sendText(res, 405, 'Method not allowed.');
        return Promise.resolve();
      }
      if (authorizePage(req, url, token) === null) {
        log(`refused ${DOWNLOAD_PATH}…: missing or wrong token`);
        sendText(res, 401, NO_TOKEN);
        return Promise.resolve();
      }
      const found = downloads.find(url.pathname.slice(DOWNLOAD_PATH.length));
      if (!found) {
        sendText(res, 404, GONE);
        return Promise.resolve();
      }
      res.writeHead(200, {
        'Content-Type': DOCX_TYPE,
        'Content-Length': String(found.bytes.byteLength),
        'Content-Disposition': attachmentHeader(found.fileName),
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : found.bytes);
      return Promise.resolve();
    },
  };
}
