import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

/**
 * The display board's announcement clips, at `/sounds/<file>`. They are looked up on every request in a list
 * of folders, highest priority first: the hall's own recordings (`<data>/sounds/`, see hallSoundDirs), then the
 * clips shipped with the app (`build/sounds`, `resources/sounds` when packaged). A hall replaces a clip by
 * dropping a file of the same name into its folder, with no restart. A missing, unreadable or odd file is a
 * 404 (or the next folder's file), never a failed process.
 */
export const SOUNDS_PATH = '/sounds/';

const SOUND_TYPES: Record<string, string> = {
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.flac': 'audio/flac',
  '.json': 'application/json; charset=utf-8',
};

/** A clip is a second or two; anything much larger is not one and is not read into memory. */
export const MAX_SOUND_BYTES = 4 * 1024 * 1024;

/** The folders of a hall's clips, highest priority first: its own recordings, then the shipped ones. */
export function hallSoundDirs(dataDir: string, soundsDir: string): string[] {
  return [join(dataDir, 'sounds'), soundsDir];
}

/**
 * The file a `/sounds/…` path names, or null: one plain file name (letters, digits, `.`, `_`, `-`; no folder,
 * no `..`, no leading dot) with a sound or JSON extension.
 */
export function soundFileName(pathname: string): string | null {
  if (!pathname.startsWith(SOUNDS_PATH)) return null;
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(SOUNDS_PATH.length));
  } catch {
    return null;
  }
  if (!/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/.test(name) || name.includes('..')) return null;
  return Object.hasOwn(SOUND_TYPES, extname(name).toLowerCase()) ? name : null;
}

export interface SoundFile {
  body: Buffer;
  type: string;
  etag: string;
}

/** The first readable file of that name in the folders, or null. Never throws. */
export async function findSound(dirs: readonly string[], name: string): Promise<SoundFile | null> {
  for (const dir of dirs) {
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_SOUND_BYTES) continue;
      const body = await readFile(path);
      return {
        body,
        type: SOUND_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
        etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      };
    } catch {
      // Missing, unreadable, removed while being read: the next folder may have it.
    }
  }
  return null;
}

export interface SoundAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string | null;
}

const NOT_FOUND = JSON.stringify({ ok: false, error: { code: 'api/not-found', message: 'Not found' } });

/** What to answer a request for `pathname` (under SOUNDS_PATH). Never rejects. */
export async function answerSound(
  dirs: readonly string[],
  method: string,
  pathname: string,
  ifNoneMatch: string | null | undefined,
): Promise<SoundAnswer> {
  const json = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { ...json, Allow: 'GET, HEAD' }, body: JSON.stringify({ ok: false, error: { code: 'api/method-not-allowed', message: 'Use GET' } }) };
  }
  const name = soundFileName(pathname);
  const file = name ? await findSound(dirs, name) : null;
  if (!file) return { status: 404, headers: json, body: NOT_FOUND };
  // A hall may replace a clip at any time: the board asks again on every load and gets 304 when unchanged.
  const headers = { 'Content-Type': file.type, ETag: file.etag, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  if (ifNoneMatch === file.etag) return { status: 304, headers, body: null };
  return { status: 200, headers: { ...headers, 'Content-Length': String(file.body.length) }, body: method === 'HEAD' ? null : file.body };
}

/** For the LAN server: answers every request under SOUNDS_PATH (file, 304, 404 or 405). Never rejects. */
export function serveSounds(dirs: readonly string[]): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    try {
      const pathname = new URL(req.url ?? '/', 'http://hall').pathname;
      const answer = await answerSound(dirs, req.method ?? 'GET', pathname, req.headers['if-none-match']);
      res.statusCode = answer.status;
      for (const [header, value] of Object.entries(answer.headers)) res.setHeader(header, value);
      res.end(answer.body ?? undefined);
    } catch {
      // Only a response that is already broken (the client went away) gets here.
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  };
}

/** For Electron's `app://` protocol handler: the same answers as a fetch Response. */
export async function soundResponse(dirs: readonly string[], request: Request): Promise<Response> {
  const answer = await answerSound(dirs, request.method, new URL(request.url).pathname, request.headers.get('if-none-match'));
  const body = answer.body === null ? null : typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
  return new Response(body, { status: answer.status, headers: answer.headers });
}
