import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStaticFiles } from './static-files';

let dir: string;
let server: Server;
let base: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onewindow-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>SPA</title>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  const serve = loadStaticFiles(dir);
  server = createServer((req, res) => {
    if (!serve(req, res)) {
      res.statusCode = 404;
      res.end('none');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('static renderer files', () => {
  it('serves files with their type, and the single-page app for role paths', async () => {
    const asset = await fetch(`${base}/assets/app-abc123.js`);
    expect([asset.status, asset.headers.get('content-type'), await asset.text()]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log(1)']);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    for (const path of ['/', '/kiosk', '/window']) {
      const page = await fetch(base + path);
      expect(await page.text()).toContain('<title>SPA</title>');
      expect(page.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('answers 404 for a missing asset and never leaves the folder', async () => {
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    // An extensionless unknown path is the app, never a file outside the folder.
    expect(await (await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).text()).toContain('SPA');
    const traversal = await fetch(`${base}/..%2f..%2fetc%2fpasswd.txt`);
    expect(traversal.status).toBe(404);
  });

  it('keeps serving when the build folder is removed under it (a rebuild or update)', async () => {
    rmSync(dir, { recursive: true, force: true });
    const page = await fetch(`${base}/board`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('SPA');
    expect(await (await fetch(`${base}/favicon.svg`)).text()).toBe('<svg/>');
  });

  it('answers 304 to a matching ETag', async () => {
    const first = await fetch(`${base}/favicon.svg`);
    const etag = first.headers.get('etag')!;
    const second = await fetch(`${base}/favicon.svg`, { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(304);
  });
});
