import { net, protocol } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../core/lan/server';
import { SOUNDS_PATH, soundResponse } from '../core/lan/sounds';
import { APP_SCHEME } from './security';

/** Must run before `app.ready`: `app://` behaves like a secure web origin, so routing and fetch work. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Maps a request path to a file of the renderer build; unknown paths get the single-page app. */
export function rendererFile(rendererDir: string, pathname: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return join(rendererDir, 'index.html'); // a malformed escape names no file
  }
  const candidate = normalize(join(rendererDir, decoded));
  const inside = candidate.startsWith(rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep);
  if (inside && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return join(rendererDir, 'index.html');
}

/** The renderer build, and the board's announcement clips at /sounds/ from `soundDirs` (highest priority first). */
export function serveRenderer(rendererDir: string, soundDirs: readonly string[] = []): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    if (soundDirs.length > 0 && pathname.startsWith(SOUNDS_PATH)) return soundResponse(soundDirs, request);
    const file = rendererFile(rendererDir, pathname);
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
