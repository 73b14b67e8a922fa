import { ALL_CLIPS, announcementClips, announcementText } from '../../../../shared/features/queue/announcement';
import type { CallEvent } from '../../../../shared/features/queue/contract';

/**
 * The board's voice (DOMAIN §5): every call is announced twice, "请A零零一号到3号窗口办理", one announcement at
 * a time, in the order the calls came. The voice is the host's recorded clips (`/sounds/`, replaceable by the
 * hall), played back to back; when they cannot be loaded, a Chinese Web Speech voice if the PC has one; else
 * the board stays silent (it still shows the call).
 */

/** Plays named clips back to back. */
export interface ClipPlayer {
  /** True while the browser blocks sound until someone clicks on the page (autoplay policy). */
  readonly locked: boolean;
  /** Tells when `locked` changes. */
  onLockChange(listener: () => void): () => void;
  /** From a click: lets sound play from now on. Never rejects. */
  unlock(): Promise<void>;
  /** Starts loading clips in the background. Never rejects. */
  preload(names: readonly string[]): void;
  /** Resolves when the last clip has ended; rejects when a clip cannot be loaded or played. */
  play(names: readonly string[]): Promise<void>;
}

/** A text-to-speech voice. */
export interface Speaker {
  /** Whether there is a Chinese voice now. */
  available(): boolean;
  /** Resolves when it has finished speaking; rejects when it could not. */
  speak(text: string): Promise<void>;
}

export interface Announcement {
  call: CallEvent;
  /** What is said, as text. */
  text: string;
  /** 1 or 2: which time it is said. */
  round: number;
}

export interface AnnouncerState {
  /** The announcement being said (and the pause between its two rounds), or null. */
  current: Announcement | null;
  /** The browser blocks sound until someone clicks: the board offers a button. */
  locked: boolean;
}

export interface Announcer {
  /** Queues a call (a recall too); it is said after every call queued before it. */
  announce(call: CallEvent): void;
  getState(): AnnouncerState;
  subscribe(listener: () => void): () => void;
  /** From a click on the board: lets sound play. */
  unlock(): Promise<void>;
  /** Starts loading the clips, so the first call is said at once. */
  preload(): void;
  /** Resolves when nothing is queued or being said. */
  idle(): Promise<void>;
}

export interface AnnouncerOptions {
  player: ClipPlayer | null;
  speaker: Speaker | null;
  /** How many times each call is said. */
  repeat?: number;
  /** Pause between the rounds of one announcement. */
  pauseMs?: number;
  /** Pause after an announcement, before the next. */
  gapMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createAnnouncer(options: AnnouncerOptions): Announcer {
  const { player, speaker, repeat = 2, pauseMs = 700, gapMs = 1000, sleep = wait } = options;
  const pending: CallEvent[] = [];
  const listeners = new Set<() => void>();
  let state: AnnouncerState = { current: null, locked: player?.locked ?? false };
  let running: Promise<void> | null = null;

  function setState(next: Partial<AnnouncerState>): void {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  }
  player?.onLockChange(() => setState({ locked: player.locked }));

  /** Says the clips once; falls back to the voice for the rest of the announcement. False: nothing could speak. */
  async function sayOnce(clips: string[], text: string, useSpeech: { now: boolean }): Promise<boolean> {
    if (player && !useSpeech.now) {
      try {
        await player.play(clips);
        return true;
      } catch {
        useSpeech.now = true;
      }
    }
    if (speaker?.available()) {
      try {
        await speaker.speak(text);
        return true;
      } catch {
        return false;
      }
    }
    return false;
  }

  async function say(call: CallEvent): Promise<void> {
    const clips = announcementClips(call.number, call.windowNumber);
    const text = announcementText(call.number, call.windowNumber);
    const useSpeech = { now: false };
    for (let round = 1; round <= repeat; round++) {
      setState({ current: { call, text, round } });
      const said = await sayOnce(clips, text, useSpeech);
      if (round === repeat) break;
      await sleep(pauseMs);
      // Silent: the line has been up for a moment; a second round would be silent too.
      if (!said) break;
    }
  }

  async function drain(): Promise<void> {
    try {
      for (let call = pending.shift(); call; call = pending.shift()) {
        try {
          await say(call);
        } catch {
          // Never let one announcement stop the ones after it.
        }
        setState({ current: null });
        await sleep(gapMs);
      }
    } finally {
      running = null;
      if (state.current) setState({ current: null });
    }
  }

  return {
    announce(call) {
      // While the browser blocks sound, a call is shown but not said: saying it minutes later, when someone
      // finally clicks, would send people to a window that has moved on.
      if (player?.locked) return;
      // The same call already waiting its turn is said then; a recall after it has started is said again.
      if (pending.some((p) => p.ticketId === call.ticketId && p.windowNumber === call.windowNumber)) return;
      pending.push(call);
      running ??= drain();
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    unlock: () => player?.unlock() ?? Promise.resolve(),
    preload: () => player?.preload(ALL_CLIPS.map((clip) => clip.name)),
    idle: async () => {
      while (running) await running;
    },
  };
}

/** Where the host serves the clips: the same origin as the page, in a browser and in the Electron app. */
export const SOUNDS_URL = '/sounds/';
const SAFE_FILE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * Reads the clip → file map of `/sounds/manifest.json` (a hall may put its own there); a clip it does not name,
 * or a missing or broken manifest, falls back to `<clip>.wav`.
 */
export async function loadManifest(fetchFile: typeof fetch = fetch): Promise<(name: string) => string> {
  let files: Record<string, unknown> = {};
  try {
    const response = await fetchFile(`${SOUNDS_URL}manifest.json`);
    if (response.ok) {
      const body = (await response.json()) as { clips?: unknown };
      if (body && typeof body.clips === 'object' && body.clips !== null) files = body.clips as Record<string, unknown>;
    }
  } catch {
    // No manifest: the default names.
  }
  return (name) => {
    const file = Object.hasOwn(files, name) ? files[name] : undefined;
    return `${SOUNDS_URL}${typeof file === 'string' && SAFE_FILE.test(file) && !file.includes('..') ? file : `${name}.wav`}`;
  };
}

export interface WebAudioOptions {
  fetchFile?: typeof fetch;
  /** Silence between clips, in seconds: the clips are trimmed tight. */
  clipGap?: number;
  /** How long after start a context that has not started counts as blocked. */
  lockCheckMs?: number;
}

type AudioContextClass = new () => AudioContext;

/**
 * Clips decoded once into AudioBuffers and scheduled back to back on one AudioContext, so there is no gap or
 * click between them. Null where there is no Web Audio.
 */
export function createWebAudioPlayer(options: WebAudioOptions = {}): ClipPlayer | null {
  const Available = (globalThis as { AudioContext?: AudioContextClass }).AudioContext;
  if (!Available) return null;
  const Context: AudioContextClass = Available;
  const fetchFile = options.fetchFile ?? ((input, init) => fetch(input, init));
  const clipGap = options.clipGap ?? 0.03;
  const lockCheckMs = options.lockCheckMs ?? 600;
  const listeners = new Set<() => void>();
  const buffers = new Map<string, Promise<AudioBuffer>>();
  let context: AudioContext | null = null;
  let manifest: Promise<(name: string) => string> | null = null;
  let locked = false;

  function setLocked(value: boolean): void {
    if (value === locked) return;
    locked = value;
    for (const listener of listeners) listener();
  }

  function audio(): AudioContext {
    if (context) return context;
    const created = new Context();
    context = created;
    created.addEventListener('statechange', () => {
      if (created.state === 'running') setLocked(false);
    });
    // Without a click, Chromium keeps a new context suspended (unless started with
    // --autoplay-policy=no-user-gesture-required, as Electron is by default). Ask, then look a moment later.
    if (created.state !== 'running') created.resume().catch(() => undefined);
    setTimeout(() => setLocked(created.state === 'suspended'), lockCheckMs);
    return created;
  }

  function load(name: string): Promise<AudioBuffer> {
    let buffer = buffers.get(name);
    if (!buffer) {
      manifest ??= loadManifest(fetchFile);
      buffer = manifest
        .then((fileOf) => fetchFile(fileOf(name)))
        .then((response) => {
          if (!response.ok) throw new Error(`clip ${name}: HTTP ${response.status}`);
          return response.arrayBuffer();
        })
        .then((bytes) => audio().decodeAudioData(bytes));
      buffers.set(name, buffer);
      // A clip that failed is asked for again next time (the host may be back, the hall may have fixed it).
      buffer.catch(() => buffers.delete(name));
    }
    return buffer;
  }

  return {
    get locked() {
      return locked;
    },
    onLockChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async unlock() {
      try {
        await audio().resume();
      } catch {
        // Stays locked; the button stays up.
      }
      setLocked(audio().state !== 'running');
    },
    preload(names) {
      audio();
      for (const name of names) load(name).catch(() => undefined);
    },
    async play(names) {
      const ctx = audio();
      const decoded = await Promise.all(names.map(load));
      if (ctx.state !== 'running') throw new Error(`audio is ${ctx.state}`);
      if (decoded.length === 0) return;
      let at = ctx.currentTime + 0.05;
      const sources = decoded.map((buffer) => {
        const source = ctx.createBufferSource();
        source.buffer = buffer;
        source.connect(ctx.destination);
        source.start(at);
        at += buffer.duration + clipGap;
        return source;
      });
      await new Promise<void>((resolve) => {
        // `ended` never comes if the context is suspended midway: do not hold the queue for ever.
        const timer = setTimeout(resolve, (at - ctx.currentTime) * 1000 + 2000);
        sources[sources.length - 1]!.addEventListener('ended', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** The best Chinese voice: Mandarin of the mainland first, Cantonese last. */
function chineseVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const rank = (voice: SpeechSynthesisVoice) => {
    const lang = voice.lang.toLowerCase().replace('_', '-');
    if (lang === 'zh-cn' || lang === 'cmn-cn' || lang === 'zh-hans-cn') return 0;
    if (lang === 'zh' || lang.startsWith('cmn') || lang.startsWith('zh-hans')) return 1;
    if (lang === 'zh-tw' || lang.startsWith('zh-hant')) return 2;
    if (lang.startsWith('zh') || lang.startsWith('yue')) return 3;
    return -1;
  };
  return voices
    .filter((voice) => rank(voice) >= 0)
    .sort((a, b) => rank(a) - rank(b) || Number(b.localService) - Number(a.localService))[0];
}

/** Web Speech with a Chinese voice, where the PC has one. Null where there is no Web Speech. */
export function createSpeechSpeaker(): Speaker | null {
  const synth = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return null;
  synth.getVoices(); // Chromium loads the voices on first ask.
  return {
    available: () => chineseVoice(synth.getVoices()) !== undefined,
    speak: (text) =>
      new Promise<void>((resolve, reject) => {
        const voice = chineseVoice(synth.getVoices());
        if (!voice) return reject(new Error('no Chinese voice'));
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9;
        // Some engines never say `end`: a call is a few seconds at most.
        const timer = setTimeout(() => {
          synth.cancel();
          resolve();
        }, 15_000);
        utterance.onend = () => {
          clearTimeout(timer);
          resolve();
        };
        utterance.onerror = (event) => {
          clearTimeout(timer);
          reject(new Error(event.error));
        };
        synth.speak(utterance);
      }),
  };
}

let boardVoice: Announcer | null = null;

/** The page's one announcer, so two boards mounted in turn never talk over each other. */
export function boardAnnouncer(): Announcer {
  boardVoice ??= createAnnouncer({ player: createWebAudioPlayer(), speaker: createSpeechSpeaker() });
  return boardVoice;
}
