import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { contentTypeOf } from './contentTypes';
import { authorizePage, tokenCookie } from './guards';
import { sendText } from './respond';
import type { RequestContext, Route } from './route';

const NO_TOKEN =
  'This Accord page needs its access token. Open the address Accord printed when it started (it ends in ?token=...).';

/**
 * The file under `root` a URL path names, or null when the path is malformed, hidden (a segment
 * starting with a dot, which covers `..`) or would leave `root` once resolved.
 */
export function staticPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split(/[/\\]/).filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.') || s.includes(':'))) return null;
  const base = resolve(root);
  const full = resolve(base, ...(segments.length ? segments : ['index.html']));
  return full.startsWith(base + sep) ? full : null;
}

async function regularFileInside(
  root: string,
  file: string,
): Promise<{ path: string; size: number } | null> {
  try {
    // Resolving links as well keeps a symbolic link in the folder from reaching outside it.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return null;
    const info = await stat(realFile);
    return info.isFile() ? { path: realFile, size: info.size } : null;
  } catch {
    return null;
  }
}

/**
 * GET and HEAD of the built renderer in `staticDir`. The first visit (`/?token=...`) sets an
 * HttpOnly cookie so the page's own scripts and styles load without the token in their address.
 */
export function staticRoute(staticDir: string): Route {
  const root = resolve(staticDir);
  return {
    claims: () => true,
    async handle({ req, res, url, token, log }: RequestContext) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        sendText(res, 405, 'Method not allowed.');
        return;
      }
      const auth = authorizePage(req, url, token);
      if (auth === null) {
        log(`refused ${url.pathname}: missing or wrong token`);
        sendText(res, 401, NO_TOKEN);
        return;
      }
      const file = staticPath(root, url.pathname);
      const found = file === null ? null : await regularFileInside(root, file);
      if (file === null || found === null) {
        const isIndex = url.pathname === '/' || url.pathname === '/index.html';
        sendText(
          res,
          404,
          isIndex
            ? 'Accord’s pages are not built yet. Run `npm run build`, then start Accord again.'
            : 'Not found.',
        );
        return;
      }
      const isIndex = file === resolve(root, 'index.html');
      const headers: Record<string, string> = {
        'Content-Type': contentTypeOf(found.path),
        'Content-Length': String(found.size),
        'Cache-Control': isIndex ? 'no-store' : 'no-cache',
      };
      if (auth === 'query') headers['Set-Cookie'] = tokenCookie(token);
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      await new Promise<void>((done) => {
        const stream = createReadStream(found.path);
        stream.once('error', () => {
          res.destroy();
          done();
        });
        stream.once('end', done);
        res.once('close', () => {
          stream.destroy();
          done();
        });
        stream.pipe(res);
      });
    },
  };
}
