import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announcementClips } from '../../../../shared/features/queue/announcement';
import type { CallEvent } from '../../../../shared/features/queue/contract';
import { bridge } from '../../../test/fake-bridge';
import { useAppStore } from '../../store';
import { BoardPage } from './BoardPage';
import { createAnnouncer, createSpeechSpeaker, createWebAudioPlayer, loadManifest, type ClipPlayer, type Speaker } from './announcer';

const call = (number: string, windowNumber: number, recall = false): CallEvent => ({
  ticketId: `t-${number}`,
  number,
  windowNumber,
  windowName: `${windowNumber}号窗口`,
  calledAt: 1,
  recall,
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A player that logs every clip sequence it starts and ends; each takes a few ticks. */
function fakePlayer(options: { fail?: boolean; locked?: boolean } = {}) {
  const log: string[] = [];
  const played: string[][] = [];
  let playing = 0;
  let locked = options.locked ?? false;
  const listeners = new Set<() => void>();
  const player: ClipPlayer = {
    get locked() {
      return locked;
    },
    onLockChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    unlock: async () => {
      locked = false;
      for (const listener of listeners) listener();
    },
    preload: vi.fn(),
    play: async (names) => {
      if (options.fail) throw new Error('clip qing: HTTP 404');
      playing++;
      log.push(`start ${names.join(' ')}`);
      if (playing > 1) log.push('OVERLAP');
      await tick();
      await tick();
      playing--;
      log.push('end');
      played.push([...names]);
    },
  };
  return { player, log, played };
}

function fakeSpeaker(available = true) {
  const said: string[] = [];
  const speaker: Speaker = {
    available: () => available,
    speak: async (text) => {
      said.push(text);
      await tick();
    },
  };
  return { speaker, said };
}

const noPause = () => Promise.resolve();

describe('the announcer', () => {
  it('says each call twice, one after the other, never interleaved', async () => {
    const { player, log, played } = fakePlayer();
    const sleeps: number[] = [];
    const announcer = createAnnouncer({ player, speaker: null, pauseMs: 700, gapMs: 1000, sleep: async (ms) => void sleeps.push(ms) });
    announcer.announce(call('A001', 3));
    announcer.announce(call('B002', 12));
    await announcer.idle();
    const a = announcementClips('A001', 3);
    const b = announcementClips('B002', 12);
    expect(played).toEqual([a, a, b, b]);
    expect(log).not.toContain('OVERLAP');
    expect(log.filter((l) => l === 'end').length).toBe(4);
    // A pause between the two rounds, and after each announcement.
    expect(sleeps).toEqual([700, 1000, 700, 1000]);
    expect(announcer.getState().current).toBeNull();
  });

  it('queues a call that comes while another is being said', async () => {
    const { player, played } = fakePlayer();
    const announcer = createAnnouncer({ player, speaker: null, sleep: noPause });
    announcer.announce(call('A001', 1));
    await tick();
    announcer.announce(call('C001', 3));
    await tick();
    announcer.announce(call('D001', 4));
    await announcer.idle();
    expect(played.map((clips) => clips[1])).toEqual(['letter-a', 'letter-a', 'letter-c', 'letter-c', 'letter-d', 'letter-d']);
  });

  it('says a recall again, like a new call', async () => {
    const { player, played } = fakePlayer();
    const announcer = createAnnouncer({ player, speaker: null, sleep: noPause });
    announcer.announce(call('A001', 3));
    await announcer.idle();
    announcer.announce(call('A001', 3, true));
    await announcer.idle();
    expect(played.length).toBe(4);
    // And while it is still being said the first time.
    announcer.announce(call('B001', 2));
    await tick();
    announcer.announce(call('B001', 2, true));
    await announcer.idle();
    expect(played.slice(4).map((clips) => clips[1])).toEqual(['letter-b', 'letter-b', 'letter-b', 'letter-b']);
  });

  it('does not queue the same call twice while it waits its turn', async () => {
    const { player, played } = fakePlayer();
    const announcer = createAnnouncer({ player, speaker: null, sleep: noPause });
    announcer.announce(call('A001', 1));
    announcer.announce(call('B001', 2));
    announcer.announce(call('B001', 2, true));
    await announcer.idle();
    expect(played.map((clips) => clips[1])).toEqual(['letter-a', 'letter-a', 'letter-b', 'letter-b']);
  });

  it('shows what it is saying, round by round, and nothing after', async () => {
    const { player } = fakePlayer();
    const announcer = createAnnouncer({ player, speaker: null, sleep: noPause });
    const seen: string[] = [];
    announcer.subscribe(() => {
      const { current } = announcer.getState();
      seen.push(current ? `${current.text} ${current.round}` : '—');
    });
    announcer.announce(call('A001', 3));
    await announcer.idle();
    expect(seen).toEqual(['请A零零一号到3号窗口办理 1', '请A零零一号到3号窗口办理 2', '—']);
  });

  it('falls back to a Chinese voice when the clips cannot be loaded, without throwing', async () => {
    const { player } = fakePlayer({ fail: true });
    const { speaker, said } = fakeSpeaker();
    const announcer = createAnnouncer({ player, speaker, sleep: noPause });
    expect(() => announcer.announce(call('A001', 3))).not.toThrow();
    announcer.announce(call('B010', 25));
    await announcer.idle();
    expect(said).toEqual(['请A零零一号到3号窗口办理', '请A零零一号到3号窗口办理', '请B零一零号到25号窗口办理', '请B零一零号到25号窗口办理']);
  });

  it('stays silent, without throwing, when neither clips nor a voice work', async () => {
    const { player } = fakePlayer({ fail: true });
    const broken: Speaker = { available: () => true, speak: () => Promise.reject(new Error('synthesis-failed')) };
    for (const speaker of [null, fakeSpeaker(false).speaker, broken]) {
      const announcer = createAnnouncer({ player, speaker, sleep: noPause });
      announcer.announce(call('A001', 3));
      announcer.announce(call('A002', 3));
      await expect(announcer.idle()).resolves.toBeUndefined();
      expect(announcer.getState().current).toBeNull();
    }
    const nothing = createAnnouncer({ player: null, speaker: null, sleep: noPause });
    nothing.announce(call('A001', 3));
    nothing.preload();
    await expect(nothing.unlock()).resolves.toBeUndefined();
    await nothing.idle();
  });

  it('keeps going after a player that throws instead of rejecting', async () => {
    const { speaker, said } = fakeSpeaker();
    const player: ClipPlayer = {
      locked: false,
      onLockChange: () => () => undefined,
      unlock: async () => undefined,
      preload: () => undefined,
      play: () => {
        throw new Error('boom');
      },
    };
    const announcer = createAnnouncer({ player, speaker, sleep: noPause });
    announcer.announce(call('A001', 3));
    await announcer.idle();
    expect(said.length).toBe(2);
  });

  it('does not say calls while the browser blocks sound, and offers to unlock it', async () => {
    const { player, played } = fakePlayer({ locked: true });
    const announcer = createAnnouncer({ player, speaker: null, sleep: noPause });
    expect(announcer.getState().locked).toBe(true);
    announcer.announce(call('A001', 3));
    await announcer.idle();
    expect(played).toEqual([]);
    await announcer.unlock();
    expect(announcer.getState().locked).toBe(false);
    announcer.announce(call('A002', 3));
    await announcer.idle();
    expect(played.length).toBe(2);
  });

  it('preloads every clip', () => {
    const { player } = fakePlayer();
    createAnnouncer({ player, speaker: null }).preload();
    expect(player.preload).toHaveBeenCalledWith(expect.arrayContaining(['qing', 'letter-z', 'digit-9', 'num-10', 'ban-li']));
  });
});

describe('the sounds manifest', () => {
  const respond = (body: unknown, status = 200) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

  it("uses the manifest's file names, and <clip>.wav for anything else", async () => {
    const fileOf = await loadManifest(respond({ clips: { qing: 'qing-hall.mp3', hao: '../etc/passwd', dao: 7 } }));
    expect(fileOf('qing')).toBe('/sounds/qing-hall.mp3');
    expect(fileOf('hao')).toBe('/sounds/hao.wav');
    expect(fileOf('dao')).toBe('/sounds/dao.wav');
    expect(fileOf('ban-li')).toBe('/sounds/ban-li.wav');
    expect(fileOf('toString')).toBe('/sounds/toString.wav');
  });

  it('falls back to <clip>.wav without a manifest', async () => {
    for (const fetchFile of [respond({}, 404), respond(null), vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))]) {
      const fileOf = await loadManifest(fetchFile as unknown as typeof fetch);
      expect(fileOf('qing')).toBe('/sounds/qing.wav');
    }
  });
});

/** Enough of Web Audio to see what is scheduled when. */
class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  static startState: AudioContextState = 'running';
  state: AudioContextState = FakeAudioContext.startState;
  currentTime = 10;
  destination = {};
  started: Array<{ clip: string; at: number }> = [];
  private listeners: Array<() => void> = [];
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  addEventListener(_type: string, listener: () => void) {
    this.listeners.push(listener);
  }
  async resume() {
    if (FakeAudioContext.startState === 'suspended' && !FakeAudioContext.allowed) return new Promise<void>(() => undefined);
    this.state = 'running';
    this.listeners.forEach((l) => l());
  }
  static allowed = false;
  async decodeAudioData(bytes: ArrayBuffer) {
    const name = new TextDecoder().decode(bytes);
    if (name.startsWith('garbage')) throw new DOMException('Unable to decode audio data', 'EncodingError');
    return { duration: 0.5, name } as unknown as AudioBuffer;
  }
  createBufferSource() {
    const ended: Array<() => void> = [];
    const source = {
      buffer: null as null | { name: string },
      connect() {},
      addEventListener(_type: string, listener: () => void) {
        ended.push(listener);
      },
      start: (at: number) => {
        this.started.push({ clip: source.buffer!.name, at });
        setTimeout(() => ended.forEach((l) => l()), 1);
      },
    };
    return source;
  }
}

describe('the Web Audio player', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeAudioContext.instances = [];
    FakeAudioContext.startState = 'running';
    FakeAudioContext.allowed = false;
  });

  /** A host whose clip files contain their own names; `missing` names answer 404. */
  function host(missing: string[] = [], manifest: unknown = null) {
    const requests: string[] = [];
    const fetchFile = vi.fn(async (url: string) => {
      requests.push(url);
      if (url.endsWith('manifest.json')) return manifest ? new Response(JSON.stringify(manifest)) : new Response('', { status: 404 });
      const name = url.replace('/sounds/', '').replace(/\.\w+$/, '');
      if (missing.includes(name)) return new Response('', { status: 404 });
      return new Response(name);
    });
    return { fetchFile: fetchFile as unknown as typeof fetch, requests };
  }

  it('is missing where there is no Web Audio', () => {
    expect(createWebAudioPlayer()).toBeNull();
  });

  it('schedules the clips back to back and resolves after the last', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { fetchFile, requests } = host([], { clips: { qing: 'qing-own.wav' } });
    const player = createWebAudioPlayer({ fetchFile, clipGap: 0.1 })!;
    await player.play(['qing', 'letter-a', 'digit-0']);
    const ctx = FakeAudioContext.instances[0]!;
    expect(ctx.started).toEqual([
      { clip: 'qing-own', at: expect.closeTo(10.05, 6) },
      { clip: 'letter-a', at: expect.closeTo(10.65, 6) },
      { clip: 'digit-0', at: expect.closeTo(11.25, 6) },
    ]);
    // Decoded once: playing again fetches nothing new.
    const count = requests.length;
    await player.play(['digit-0', 'qing']);
    expect(requests.length).toBe(count);
    expect(requests.filter((r) => r.endsWith('manifest.json')).length).toBe(1);
  });

  it('rejects when a clip is missing or broken, and asks for it again next time', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const missing = ['hao'];
    const { fetchFile, requests } = host(missing);
    const player = createWebAudioPlayer({ fetchFile })!;
    await expect(player.play(['qing', 'hao'])).rejects.toThrow('HTTP 404');
    expect(FakeAudioContext.instances[0]!.started).toEqual([]);
    missing.length = 0;
    await player.play(['qing', 'hao']);
    expect(requests.filter((r) => r === '/sounds/hao.wav').length).toBe(2);
    await expect(player.play(['garbage'])).rejects.toThrow('decode');
  });

  it('reports sound blocked until a click resumes the audio', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    FakeAudioContext.startState = 'suspended';
    const player = createWebAudioPlayer({ fetchFile: host().fetchFile, lockCheckMs: 5 })!;
    const changes = vi.fn();
    player.onLockChange(changes);
    player.preload(['qing']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(player.locked).toBe(true);
    await expect(player.play(['qing'])).rejects.toThrow('suspended');
    FakeAudioContext.allowed = true;
    await player.unlock();
    expect(player.locked).toBe(false);
    expect(changes).toHaveBeenCalledTimes(2);
    await player.play(['qing']);
  });
});

describe('the Web Speech voice', () => {
  afterEach(() => vi.unstubAllGlobals());

  function install(voices: Array<{ lang: string; name: string; localService?: boolean }>, outcome: 'end' | 'error' = 'end') {
    const spoken: Array<{ text: string; voice: string; lang: string }> = [];
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        voice: { name: string } | null = null;
        lang = '';
        rate = 1;
        onend: (() => void) | null = null;
        onerror: ((e: { error: string }) => void) | null = null;
        constructor(public text: string) {}
      },
    );
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => voices.map((v) => ({ localService: true, ...v })),
      cancel: vi.fn(),
      speak: (u: any) => {
        spoken.push({ text: u.text, voice: u.voice.name, lang: u.lang });
        setTimeout(() => (outcome === 'end' ? u.onend() : u.onerror({ error: 'not-allowed' })), 1);
      },
    });
    return spoken;
  }

  it('is missing where there is no Web Speech', () => {
    expect(createSpeechSpeaker()).toBeNull();
  });

  it('speaks with the mainland Mandarin voice when there is one', async () => {
    const spoken = install([
      { lang: 'en-US', name: 'English' },
      { lang: 'zh-HK', name: 'Cantonese' },
      { lang: 'zh-TW', name: 'Taiwan' },
      { lang: 'zh-CN', name: 'Mainland' },
    ]);
    const speaker = createSpeechSpeaker()!;
    expect(speaker.available()).toBe(true);
    await speaker.speak('请A零零一号到3号窗口办理');
    expect(spoken).toEqual([{ text: '请A零零一号到3号窗口办理', voice: 'Mainland', lang: 'zh-CN' }]);
  });

  it('is not available without a Chinese voice (Linux), and rejects when speaking fails', async () => {
    install([{ lang: 'en-US', name: 'English' }]);
    expect(createSpeechSpeaker()!.available()).toBe(false);
    await expect(createSpeechSpeaker()!.speak('请')).rejects.toThrow('no Chinese voice');
    install([{ lang: 'zh_CN', name: 'Mainland' }], 'error');
    await expect(createSpeechSpeaker()!.speak('请')).rejects.toThrow('not-allowed');
  });
});

describe('the board with its announcer', () => {
  function showBoard(player: ClipPlayer) {
    useAppStore.setState({ board: null });
    bridge.handle('queue.board', () => ({ hallName: '大厅', calls: [], queues: [] }));
    const announcer = createAnnouncer({ player, speaker: null, sleep: noPause });
    render(createElement(BoardPage, { announcer }));
    return announcer;
  }

  it('says every queue.called event, shows the line being said, and preloads the clips', async () => {
    const { player, played } = fakePlayer();
    let release: () => void = () => undefined;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const play = player.play;
    player.play = async (names) => {
      await hold;
      return play(names);
    };
    const announcer = showBoard(player);
    expect(player.preload).toHaveBeenCalled();
    await waitFor(() => expect(bridge.calls.some((c) => c.method === 'queue.board')).toBe(true));
    act(() => bridge.emit('queue.called', call('A001', 3)));
    expect((await screen.findByTestId('board-announcing')).textContent).toBe('请 A001 号到 3号窗口 办理');
    act(() => bridge.emit('queue.called', call('A001', 3, true)));
    release();
    await act(() => announcer.idle());
    expect(played.length).toBe(4);
    expect(screen.queryByTestId('board-announcing')).toBeNull();
  });

  it('offers a button while sound is blocked, and it unlocks the sound', async () => {
    const { player } = fakePlayer({ locked: true });
    showBoard(player);
    const button = await screen.findByRole('button', { name: '点击启用语音播报' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('button', { name: '点击启用语音播报' })).toBeNull());
  });
});
