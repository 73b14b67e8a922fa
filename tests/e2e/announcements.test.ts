import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { announcementClips } from '../../shared/features/queue/announcement';
import type { QueueInfo, Ticket } from '../../shared/features/queue/contract';
import { CHROMIUM, launchBrowser, screenshot, watchConsole } from '../support/browser';
import { callApi, startHall, tearDown, type RunningHall } from '../support/hall-process';

/**
 * The board's voice in real Chromium against `npm run hall`: two windows call at once, and the board says each
 * call twice, one after the other, from the host's clips. Which clip is played when is read from Web Audio
 * itself (wrapped before the page loads), so the test sees exactly what a speaker would get.
 */

interface Play {
  clip: string;
  /** Scheduled start and length, in the AudioContext's seconds. */
  when: number;
  duration: number;
}

const WAIT = { timeout: 15_000 };

let hall: RunningHall | undefined;
let browser: Browser | undefined;
let board: Page;
let problems: string[] = [];
/** 1号窗口's session (signed in by the second test). */
let window1: Record<string, string> = {};
const soundAnswers: Array<{ path: string; status: number }> = [];

async function api<T>(method: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const { status, body } = await callApi<T>(hall!.url, method, input, headers);
  if (!body.ok) throw new Error(`${method} → HTTP ${status} ${JSON.stringify(body.error)}`);
  return body.value;
}

async function signIn(jobNumber: string, windowName: string): Promise<Record<string, string>> {
  const window = (await api<Array<{ id: string; name: string }>>('hall.windows', {})).find((w) => w.name === windowName);
  if (!window) throw new Error(`no ${windowName}`);
  const { token } = await api<{ token: string }>('staff.signIn', { jobNumber, pin: '123456', windowId: window.id });
  return { 'X-Hall-Session': token };
}

async function issue(prefix: string): Promise<Ticket> {
  const queue = (await api<QueueInfo[]>('queue.queues', {})).find((q) => q.prefix === prefix);
  if (!queue) throw new Error(`no queue ${prefix}`);
  return api<Ticket>('queue.issueTicket', { queueId: queue.id });
}

/** Records every AudioBufferSourceNode start with the /sounds/ file its buffer was decoded from. */
function recordPlays(): void {
  const w = window as unknown as { e2ePlays: Play[] };
  w.e2ePlays = [];
  const source = new WeakMap<object, string>();
  const arrayBuffer = Response.prototype.arrayBuffer;
  Response.prototype.arrayBuffer = async function (this: Response) {
    const bytes = await arrayBuffer.call(this);
    source.set(bytes, new URL(this.url).pathname);
    return bytes;
  };
  const decode = BaseAudioContext.prototype.decodeAudioData;
  BaseAudioContext.prototype.decodeAudioData = function (this: BaseAudioContext, bytes: ArrayBuffer) {
    const path = source.get(bytes) ?? '?';
    return decode.call(this, bytes).then((buffer) => {
      source.set(buffer, path);
      return buffer;
    });
  } as typeof decode;
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, when = 0, ...rest: number[]) {
    const buffer = this.buffer!;
    w.e2ePlays.push({ clip: source.get(buffer) ?? '?', when, duration: buffer.duration });
    return start.call(this, when, ...rest);
  } as typeof start;
}

const CONTEXT_CREATED = 'e2e: AudioContext created';

/** Says on the console when the page creates its AudioContext. */
function reportAudioContext(message: string): void {
  const Original = window.AudioContext;
  window.AudioContext = class extends Original {
    constructor(options?: AudioContextOptions) {
      super(options);
      console.log(message);
    }
  };
}

const plays = () => board.evaluate(() => (window as unknown as { e2ePlays: Play[] }).e2ePlays);

beforeAll(async () => {
  hall = await startHall({ demo: true });
  browser = await launchBrowser(); // with --autoplay-policy=no-user-gesture-required, as a kiosk board runs
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  board = await context.newPage();
  problems = watchConsole(board);
  board.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/sounds/')) soundAnswers.push({ path, status: response.status() });
  });
  await board.addInitScript(recordPlays);
});

afterAll(() => tearDown(browser, hall));

describe('voice announcements on the board', () => {
  it('loads every clip from the host', async () => {
    await board.goto(`${hall!.url}/board`);
    await board.getByText('暂无叫号').waitFor(WAIT);
    // The board preloads the manifest and all 51 clips.
    await expect.poll(() => soundAnswers.length, WAIT).toBeGreaterThanOrEqual(52);
    expect(soundAnswers.filter((a) => a.status !== 200)).toEqual([]);
    expect(soundAnswers.map((a) => a.path)).toEqual(expect.arrayContaining(['/sounds/manifest.json', '/sounds/qing.wav', '/sounds/num-10.wav']));
    // Sound is allowed here: no button to ask for it.
    expect(await board.locator('.board-voice-unlock').count()).toBe(0);
  });

  it('says two calls made at once in order, twice each, never over each other', async () => {
    const a = await issue('A');
    const c = await issue('C');
    window1 = await signIn('1001', '1号窗口'); // serves A
    const window3 = await signIn('1002', '3号窗口'); // serves C
    expect((await api<Ticket>('queue.callNext', {}, window1)).number).toBe(a.number);
    expect((await api<Ticket>('queue.callNext', {}, window3)).number).toBe(c.number);

    // The line being said is on the board while it is said.
    await board.getByTestId('board-announcing').filter({ hasText: `请 ${a.number} 号到 1号窗口 办理` }).waitFor(WAIT);
    await screenshot(board, 'board-announcing', { settle: false });
    await board.getByTestId('board-announcing').filter({ hasText: `请 ${c.number} 号到 3号窗口 办理` }).waitFor({ timeout: 30_000 });

    const first = announcementClips(a.number, 1);
    const second = announcementClips(c.number, 3);
    const expected = [...first, ...first, ...second, ...second];
    await expect.poll(async () => (await plays()).length, { timeout: 45_000 }).toBe(expected.length);
    await board.getByTestId('board-announcing').waitFor({ state: 'detached', timeout: 15_000 });

    const played = await plays();
    expect(played.map((p) => p.clip.replace(/^\/sounds\/(.*)\.wav$/, '$1'))).toEqual(expected);
    // Each clip starts after the one before has ended, in the audio clock.
    for (let i = 1; i < played.length; i++) {
      const previous = played[i - 1]!;
      expect(played[i]!.when, `clip ${i} (${played[i]!.clip})`).toBeGreaterThanOrEqual(previous.when + previous.duration - 1e-6);
    }
    // A pause between the two rounds of a call and between the calls; none inside a round.
    const roundStarts = [0, first.length, 2 * first.length, 2 * first.length + second.length];
    for (const start of roundStarts.slice(1)) {
      const before = played[start - 1]!;
      expect(played[start]!.when - (before.when + before.duration), `pause before clip ${start}`).toBeGreaterThan(0.4);
    }
    for (let i = 1; i < played.length; i++) {
      if (roundStarts.includes(i)) continue;
      const previous = played[i - 1]!;
      expect(played[i]!.when - (previous.when + previous.duration), `gap before clip ${i}`).toBeLessThan(0.1);
    }
    expect(problems).toEqual([]);
  });

  it('a host answers 404 for a missing clip or a path out of its folders', async () => {
    expect((await fetch(`${hall!.url}/sounds/no-such-clip.wav`)).status).toBe(404);
    expect((await fetch(`${hall!.url}/sounds/..%2fpackage.json`)).status).toBe(404);
    const clip = await fetch(`${hall!.url}/sounds/qing.wav`);
    expect([clip.status, clip.headers.get('content-type')]).toEqual([200, 'audio/wav']);
  });
});

describe('a browser that blocks sound until a click', () => {
  let strict: Browser | undefined;

  afterAll(async () => {
    await strict?.close().catch(() => undefined);
  });

  it('shows the button, and a click turns the voice on', async () => {
    strict = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=document-user-activation-required'],
    });
    const page = await (await strict.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    const pageProblems = watchConsole(page);
    await page.addInitScript(recordPlays);
    await page.addInitScript(reportAudioContext, CONTEXT_CREATED);
    // Playwright's own page queries count as a user gesture in Chromium: make none until the board has made
    // its AudioContext, as nobody touches a board on the wall.
    const created = page.waitForEvent('console', { predicate: (m) => m.text() === CONTEXT_CREATED, ...WAIT });
    await page.goto(`${hall!.url}/board`, { waitUntil: 'commit' });
    await created;
    const button = page.getByRole('button', { name: '点击启用语音播报' });
    await button.waitFor(WAIT);
    await screenshot(page, 'board-voice-locked');
    await button.click();
    await button.waitFor({ state: 'detached', ...WAIT });
    expect(await page.evaluate(() => document.querySelectorAll('.board-voice-unlock').length)).toBe(0);

    // Now it speaks: 1号窗口 recalls its ticket, and the recall is said like a new call.
    const ticket = await api<Ticket>('queue.recall', {}, window1);
    const clips = announcementClips(ticket.number, 1);
    const played = () => page.evaluate(() => (window as unknown as { e2ePlays: Play[] }).e2ePlays.map((p) => p.clip));
    await expect.poll(async () => (await played()).length, { timeout: 30_000 }).toBe(2 * clips.length);
    expect(await played()).toEqual([...clips, ...clips].map((clip) => `/sounds/${clip}.wav`));
    expect(pageProblems).toEqual([]);
  });
});
