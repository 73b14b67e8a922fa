import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHall, type TestHall } from '../test-hall';
import { startLanServer, type LanServer } from './server';
import { answerSound, hallSoundDirs, MAX_SOUND_BYTES, soundFileName, soundResponse } from './sounds';

let root: string;
let hallDir: string;
let shipped: string;
let dirs: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'onewindow-sounds-'));
  hallDir = join(root, 'data', 'sounds');
  shipped = join(root, 'shipped');
  mkdirSync(hallDir, { recursive: true });
  mkdirSync(shipped);
  writeFileSync(join(shipped, 'qing.wav'), 'shipped qing');
  writeFileSync(join(shipped, 'hao.wav'), 'shipped hao');
  writeFileSync(join(shipped, 'manifest.json'), '{"clips":{}}');
  writeFileSync(join(hallDir, 'qing.wav'), 'the hall’s own qing');
  // Beside the folders: must never be served.
  writeFileSync(join(root, 'secret.wav'), 'secret');
  dirs = hallSoundDirs(join(root, 'data'), shipped);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const text = (body: Buffer | string | null) => (body === null ? null : body.toString());

describe('sound folders', () => {
  it("puts the hall's own folder in its data folder first", () => {
    expect(hallSoundDirs('/data/hall', '/app/sounds')).toEqual([join('/data/hall', 'sounds'), '/app/sounds']);
  });

  it("serves the hall's own clip first, the shipped one otherwise", async () => {
    const own = await answerSound(dirs, 'GET', '/sounds/qing.wav', null);
    expect([own.status, own.headers['Content-Type'], text(own.body)]).toEqual([200, 'audio/wav', 'the hall’s own qing']);
    const theirs = await answerSound(dirs, 'GET', '/sounds/hao.wav', null);
    expect([theirs.status, text(theirs.body)]).toEqual([200, 'shipped hao']);
    const manifest = await answerSound(dirs, 'GET', '/sounds/manifest.json', null);
    expect([manifest.status, manifest.headers['Content-Type']]).toEqual([200, 'application/json; charset=utf-8']);
  });

  it('reads on every request, so a clip dropped in later is served at once', async () => {
    writeFileSync(join(hallDir, 'hao.wav'), 'new hao');
    expect(text((await answerSound(dirs, 'GET', '/sounds/hao.wav', null)).body)).toBe('new hao');
    rmSync(join(hallDir, 'hao.wav'));
    expect(text((await answerSound(dirs, 'GET', '/sounds/hao.wav', null)).body)).toBe('shipped hao');
  });

  it('answers 404 for a missing clip, a missing folder, a folder of that name and a file too large', async () => {
    expect((await answerSound(dirs, 'GET', '/sounds/missing.wav', null)).status).toBe(404);
    expect((await answerSound([join(root, 'nowhere'), join(root, 'gone')], 'GET', '/sounds/qing.wav', null)).status).toBe(404);
    mkdirSync(join(shipped, 'folder.wav'));
    expect((await answerSound(dirs, 'GET', '/sounds/folder.wav', null)).status).toBe(404);
    writeFileSync(join(shipped, 'huge.wav'), Buffer.alloc(MAX_SOUND_BYTES + 1));
    expect((await answerSound(dirs, 'GET', '/sounds/huge.wav', null)).status).toBe(404);
  });

  it('skips a file it cannot read for the next folder', async () => {
    // A link to itself fails to open for anyone (root can read a chmod 000 file).
    rmSync(join(hallDir, 'qing.wav'));
    symlinkSync('qing.wav', join(hallDir, 'qing.wav'));
    expect(text((await answerSound(dirs, 'GET', '/sounds/qing.wav', null)).body)).toBe('shipped qing');
    symlinkSync('loop.wav', join(hallDir, 'loop.wav'));
    expect((await answerSound(dirs, 'GET', '/sounds/loop.wav', null)).status).toBe(404);
    if (process.getuid?.() !== 0) {
      chmodSync(join(shipped, 'hao.wav'), 0o000);
      expect((await answerSound(dirs, 'GET', '/sounds/hao.wav', null)).status).toBe(404);
    }
  });

  it('refuses anything but one plain file name with a sound extension', () => {
    expect(soundFileName('/sounds/digit-0.wav')).toBe('digit-0.wav');
    expect(soundFileName('/sounds/qing.MP3')).toBe('qing.MP3');
    for (const path of [
      '/sounds/../secret.wav',
      '/sounds/%2e%2e/secret.wav',
      '/sounds/..%2fsecret.wav',
      '/sounds/..%5csecret.wav',
      '/sounds/a/qing.wav',
      '/sounds/%2Fetc%2Fpasswd.wav',
      '/sounds/.hidden.wav',
      '/sounds/x..wav',
      '/sounds/qing.exe',
      '/sounds/qing',
      '/sounds/',
      '/sounds/%E0%A4%A.wav',
      '/sounds/qing.wav%00.json',
      '/other/qing.wav',
    ]) {
      expect(soundFileName(path), path).toBeNull();
    }
  });

  it('answers 304 for an unchanged clip, HEAD without a body, and 405 for other methods', async () => {
    const first = await answerSound(dirs, 'GET', '/sounds/hao.wav', null);
    expect(first.headers['Cache-Control']).toBe('no-cache');
    const again = await answerSound(dirs, 'GET', '/sounds/hao.wav', first.headers.ETag);
    expect([again.status, again.body]).toEqual([304, null]);
    const head = await answerSound(dirs, 'HEAD', '/sounds/hao.wav', null);
    expect([head.status, head.body, head.headers['Content-Length']]).toEqual([200, null, String('shipped hao'.length)]);
    expect((await answerSound(dirs, 'POST', '/sounds/hao.wav', null)).status).toBe(405);
  });

  it('answers a fetch Request the same way (the app:// protocol of the Electron board)', async () => {
    const ok = await soundResponse(dirs, new Request('app://hall/sounds/qing.wav'));
    expect([ok.status, ok.headers.get('content-type'), await ok.text()]).toEqual([200, 'audio/wav', 'the hall’s own qing']);
    expect((await soundResponse(dirs, new Request('app://hall/sounds/nope.wav'))).status).toBe(404);
    const etag = ok.headers.get('etag')!;
    expect((await soundResponse(dirs, new Request('app://hall/sounds/qing.wav', { headers: { 'If-None-Match': etag } }))).status).toBe(304);
  });
});

describe('the LAN server at /sounds/', () => {
  let t: TestHall;
  let lan: LanServer;
  let rendererDir: string;
  let port: number;

  beforeEach(async () => {
    t = await createTestHall();
    rendererDir = join(root, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>OneWindow</title>');
    lan = await startLanServer(t.hall, { port: 0, host: '127.0.0.1', rendererDir, soundDirs: dirs });
    port = lan.port;
  });

  afterEach(async () => {
    await lan.close();
    t.dispose();
  });

  /** A raw request: fetch would resolve `..` before sending. */
  function raw(path: string, method = 'GET'): Promise<{ status: number; body: string; type: string | undefined }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body, type: res.headers['content-type'] }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it("serves the hall's clip, then the shipped one, and 404 for a missing one", async () => {
    expect(await raw('/sounds/qing.wav')).toEqual({ status: 200, body: 'the hall’s own qing', type: 'audio/wav' });
    expect(await raw('/sounds/hao.wav')).toMatchObject({ status: 200, body: 'shipped hao' });
    const missing = await raw('/sounds/missing.wav');
    expect([missing.status, JSON.parse(missing.body).error.code]).toEqual([404, 'api/not-found']);
    expect((await raw('/sounds/missing')).status).toBe(404); // not the single-page app
  });

  it('refuses paths out of the folders, and keeps running', async () => {
    for (const path of ['/sounds/../secret.wav', '/sounds/%2e%2e/secret.wav', '/sounds/..%2fsecret.wav', '/sounds/..%2f..%2fsecret.wav', '/sounds/%ff.wav']) {
      const answer = await raw(path);
      expect([answer.status, answer.body.includes('secret')], path).toEqual([404, false]);
    }
    expect((await raw('/sounds/qing.wav', 'DELETE')).status).toBe(405);
    expect((await raw('/sounds/hao.wav')).status).toBe(200);
  });

  it('serves no /sounds/ when it is given no folders', async () => {
    const plain = await startLanServer(t.hall, { port: 0, host: '127.0.0.1', rendererDir });
    try {
      const response = await fetch(`http://127.0.0.1:${plain.port}/sounds/qing.wav`);
      expect(response.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
