// `npm run sounds`: makes the announcement clips of the display board (shared/features/queue/announcement.ts)
// into build/sounds/, one WAV per clip (16 kHz, mono, 16-bit PCM) plus manifest.json (clip → file).
// The clips are shipped with the app (electron-builder copies build/sounds to resources/sounds) and committed,
// so a build needs neither espeak-ng nor sox; run this again only when the list of clips changes.
//
// Needs Debian's espeak-ng and sox (apt-get install espeak-ng sox). espeak-ng's Mandarin voice reads the
// syllables from their pinyin (Debian's cmn voice mispronounces Chinese characters, reading their pinyin as
// English); letters are read with its English voice, as halls say them (A = "ei", B = "bee").
//
// How a hall uses its own recordings: put a file with the same name (e.g. qing.wav, digit-1.wav) in the
// `sounds` folder of the hall's data folder (beside hall.sqlite: `<data>/sounds/` for `npm run hall --data
// <data>`, `%APPDATA%\OneWindow\hall\sounds\` on Windows, `~/.config/OneWindow/hall/sounds/` on Linux). The host
// serves that folder first and the shipped clips for everything it does not have. Any format Chromium
// decodes works (WAV, MP3, Ogg); for a file of another name, also put a manifest.json there naming every
// clip's file. Keep each clip tight (no silence before or after): they are played back to back.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'build', 'sounds');

/** The pinyin of every Chinese character a clip says (tone numbers: espeak-ng's cmn-latn-pinyin voice). */
const PINYIN = {
  请: 'qing3', 号: 'hao4', 到: 'dao4', 窗: 'chuang1', 口: 'kou3', 办: 'ban4', 理: 'li3',
  零: 'ling2', 一: 'yi1', 二: 'er4', 三: 'san1', 四: 'si4', 五: 'wu3', 六: 'liu4', 七: 'qi1', 八: 'ba1', 九: 'jiu3', 十: 'shi2',
};
const SPEED = 150; // words per minute; espeak-ng's 175 is hurried for a hall
const PITCH = 45;

function need(tool, args) {
  try {
    execFileSync(tool, args, { stdio: 'ignore' });
  } catch {
    console.error(`make-sounds needs ${tool}: apt-get install espeak-ng sox`);
    process.exit(1);
  }
}

async function clips() {
  try {
    // Node ≥ 22.18 strips the types of a .ts file it imports.
    return (await import('../shared/features/queue/announcement.ts')).ALL_CLIPS;
  } catch (error) {
    console.error(`make-sounds could not read the clip list (Node ${process.versions.node}; needs ≥ 22.18): ${error.message}`);
    process.exit(1);
  }
}

/** What espeak-ng is given, and with which voice. */
function speech(text) {
  if (/^[A-Z]$/.test(text)) return { voice: 'en-us', input: text };
  const syllables = [...text].map((char) => {
    const pinyin = PINYIN[char];
    if (!pinyin) throw new Error(`no pinyin for ${char} (in ${text}): add it to PINYIN in scripts/make-sounds.mjs`);
    return pinyin;
  });
  // One word, so the syllables run on without a pause between them.
  return { voice: 'cmn-latn-pinyin', input: syllables.join('') };
}

need('espeak-ng', ['--version']);
need('sox', ['--version']);
const all = await clips();
const work = mkdtempSync(join(tmpdir(), 'onewindow-sounds-'));
try {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const manifest = {};
  for (const clip of all) {
    const { voice, input } = speech(clip.text);
    const raw = join(work, `${clip.name}.raw.wav`);
    const file = `${clip.name}.wav`;
    execFileSync('espeak-ng', ['-v', voice, '-s', String(SPEED), '-p', String(PITCH), '-w', raw, input]);
    // 16 kHz mono 16-bit; silence trimmed at both ends (by trimming the reversed sound's start), peaks
    // normalised so every clip is equally loud, and 5 ms fades so back-to-back clips do not click.
    // -R: the same dither on every run, so making the clips again changes no file.
    execFileSync('sox', [
      '-R', raw, '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', join(OUT, file),
      'silence', '1', '0.01', '1%', 'fade', 'q', '0.005', 'reverse',
      'silence', '1', '0.01', '1%', 'fade', 'q', '0.005', 'reverse',
      'gain', '-n', '-1',
    ]);
    manifest[clip.name] = file;
  }
  writeFileSync(
    join(OUT, 'manifest.json'),
    `${JSON.stringify({ format: 'WAV, 16 kHz, mono, 16-bit', made: 'npm run sounds (espeak-ng, sox)', clips: manifest }, null, 2)}\n`,
  );
  const total = readdirSync(OUT).reduce((sum, name) => sum + statSync(join(OUT, name)).size, 0);
  console.log(`made ${all.length} clips in ${OUT} (${(total / 1024).toFixed(0)} KB)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
