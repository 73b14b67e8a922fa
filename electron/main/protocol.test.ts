import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/lan/server';
import { registerAppScheme, rendererFile, serveRenderer } from './protocol';

type ProtocolHandler = (request: Request) => Promise<Response>;

// The Electron binary is not installed here: `protocol` and `net` are fakes.
const fake = vi.hoisted(() => ({
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn(),
  fetched: [] as string[],
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: fake.registerSchemesAsPrivileged,
    handle: (scheme: string, handler: ProtocolHandler) => fake.handlers.set(scheme, handler),
  },
  net: {
    // Like Electron's net.fetch on a file: URL: the file's bytes.
    fetch: async (url: string) => {
      fake.fetched.push(url);
      return new Response(readFileSync(fileURLToPath(url)), { status: 200, headers: { 'content-type': 'text/plain' } });
    },
  },
}));

let root: string;
let rendererDir: string;
let index: string;

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'onewindow-protocol-')));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  index = join(rendererDir, 'index.html');
  writeFileSync(index, '<!doctype html><title>OneWindow</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-123.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'a b.css'), 'body{}');
  // Beside the renderer folder, with a name that starts the same: must never be served.
  mkdirSync(join(root, 'renderer-secret'));
  writeFileSync(join(root, 'renderer-secret', 'key.txt'), 'secret');
  writeFileSync(join(root, 'secret.txt'), 'secret');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('rendererFile', () => {
  it('returns a file of the renderer build', () => {
    expect(rendererFile(rendererDir, '/assets/app-123.js')).toBe(join(rendererDir, 'assets', 'app-123.js'));
    expect(rendererFile(rendererDir, '/index.html')).toBe(index);
  });

  it('decodes percent-encoded names', () => {
    expect(rendererFile(rendererDir, '/assets/a%20b.css')).toBe(join(rendererDir, 'assets', 'a b.css'));
  });

  it('works with or without a trailing separator on the renderer folder', () => {
    expect(rendererFile(rendererDir + sep, '/assets/app-123.js')).toBe(join(rendererDir, 'assets', 'app-123.js'));
  });

  it.each(['/', '/window', '/kiosk/queue/3', '/assets', '/assets/', '/missing.js'])(
    'gives the single-page app for %s (a route, a folder or a missing file)',
    (pathname) => {
      expect(rendererFile(rendererDir, pathname)).toBe(index);
    },
  );

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/../../../../../../../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2Fsecret.txt',
    '/assets/../../secret.txt',
    '/..%2f..%2fetc%2fpasswd',
    '/../renderer-secret/key.txt',
    '/%2e%2e/renderer-secret/key.txt',
  ])('never leaves the renderer folder for %s', (pathname) => {
    const file = rendererFile(rendererDir, pathname);
    expect(file).toBe(index);
    expect(file.startsWith(rendererDir + sep)).toBe(true);
  });

  // PRODUCT BUG, left failing on purpose: electron/main/protocol.ts:17 calls decodeURIComponent on the raw
  // pathname, which throws URIError for a malformed escape such as `/%zz` (URL parsing keeps it as it is).
  // The app:// handler then rejects and the request fails instead of getting index.html.
  // Suggested fix: decode inside try/catch and return index.html when decoding fails.
  it('gives the single-page app for a malformed percent escape', () => {
    for (const pathname of ['/%zz', '/%E0%A4%A', '/assets/%']) {
      expect(() => rendererFile(rendererDir, pathname), pathname).not.toThrow();
      expect(rendererFile(rendererDir, pathname)).toBe(index);
    }
  });

  it('treats an absolute path in the request as relative to the renderer folder', () => {
    expect(rendererFile(rendererDir, join(rendererDir, 'index.html'))).toBe(index);
    expect(rendererFile(rendererDir, '//etc/passwd')).toBe(index);
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme with fetch', () => {
    registerAppScheme();
    expect(fake.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });
});

describe('serveRenderer', () => {
  let handler: ProtocolHandler;

  beforeEach(() => {
    fake.handlers.clear();
    fake.fetched.length = 0;
    serveRenderer(rendererDir);
    handler = fake.handlers.get('app')!;
  });

  it('handles the app scheme', () => {
    expect([...fake.handlers.keys()]).toEqual(['app']);
  });

  it('serves files with the content security policy and nosniff', async () => {
    const response = await handler(new Request('app://hall/assets/app-123.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/plain');
  });

  it('serves the single-page app for a route', async () => {
    const response = await handler(new Request('app://hall/window'));
    expect(await response.text()).toContain('<title>OneWindow</title>');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('does not read outside the renderer folder for an encoded traversal', async () => {
    const response = await handler(new Request('app://hall/%2e%2e/secret.txt'));
    expect(await response.text()).not.toContain('secret');
    expect(fake.fetched.map((u) => fileURLToPath(u))).toEqual([index]);
  });
});
