import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
};

interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
  immutable: boolean;
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The renderer build, read into memory once at start (a few megabytes): requests never touch the disk, so a
 * file replaced or removed under a running host (an update, a rebuild) cannot fail a request or the process.
 * Paths that are not files get `index.html`, the single-page app that routes by role.
 */
export function loadStaticFiles(dir: string): StaticHandler {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const body = readFileSync(path);
        const url = `/${relative(dir, path).split(sep).join('/')}`;
        files.set(url, {
          body,
          type: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
          // Vite puts a content hash in every asset name under /assets/.
          immutable: url.startsWith('/assets/'),
        });
      }
    }
  };
  walk(dir);
  const index = files.get('/index.html');
  if (!index) throw new Error(`The renderer build has no index.html in ${dir}: run npm run build`);

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://hall').pathname);
    } catch {
      return false;
    }
    const file = files.get(pathname) ?? (extname(pathname) === '' ? index : undefined);
    if (!file) return false;
    res.setHeader('Content-Type', file.type);
    res.setHeader('ETag', file.etag);
    res.setHeader('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.headers['if-none-match'] === file.etag) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.setHeader('Content-Length', file.body.length);
    res.end(req.method === 'HEAD' ? undefined : file.body);
    return true;
  };
}
