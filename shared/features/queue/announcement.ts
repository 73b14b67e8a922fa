/**
 * The spoken call of DOMAIN §5, "请A零零一号到3号窗口办理", as a sequence of short recorded clips played back to
 * back (the board needs no text-to-speech voice: hall PCs rarely have a Chinese one, Linux has none).
 *
 * The ticket number is read one character at a time: its letter by the letter's English name (as halls say
 * it), each digit as 零一二三四五六七八九. The window is read as a Chinese number: 3 → 三, 12 → 十二, 25 → 二十五.
 * Ticket digits and window numbers have separate clips, so a hall can, say, record 幺 for a ticket's 1 and
 * keep 一 for 一号窗口.
 */

export interface Clip {
  /** The clip's name; its file is `<name>.wav` unless the sounds' manifest says otherwise. */
  name: string;
  /** What the clip says. */
  text: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '零一二三四五六七八九';

/** Every clip an announcement can use, with what each one says. */
export const ALL_CLIPS: readonly Clip[] = [
  { name: 'qing', text: '请' },
  ...[...LETTERS].map((letter) => ({ name: letterClip(letter), text: letter })),
  ...[...DIGITS].map((digit, i) => ({ name: `digit-${i}`, text: digit })),
  { name: 'hao', text: '号' },
  { name: 'dao', text: '到' },
  // Window numbers: 一 … 九 and 十, enough for 1–99.
  ...[...DIGITS.slice(1), '十'].map((text, i) => ({ name: `num-${i + 1}`, text })),
  { name: 'hao-chuang-kou', text: '号窗口' },
  { name: 'ban-li', text: '办理' },
];

const TEXT_OF = new Map(ALL_CLIPS.map((clip) => [clip.name, clip.text]));

/** What a clip says; undefined for a name that is not a clip. */
export function clipText(name: string): string | undefined {
  return TEXT_OF.get(name);
}

function letterClip(letter: string): string {
  return `letter-${letter.toLowerCase()}`;
}

/**
 * The ticket number as read aloud: letters (upper-cased) and digits one by one; anything else (a dash, a
 * space) is not read.
 */
function ticketClips(number: string): string[] {
  const clips: string[] = [];
  for (const char of number.toUpperCase()) {
    if (char.length === 1 && LETTERS.includes(char)) clips.push(letterClip(char));
    else if (char >= '0' && char <= '9') clips.push(`digit-${char}`);
  }
  return clips;
}

/**
 * A window number as a Chinese number from 1 to 99 (十, 十二, 二十, 二十五). A number outside that range,
 * which no hall has, is read digit by digit rather than wrongly.
 */
function windowClips(windowNumber: number): string[] {
  if (Number.isInteger(windowNumber) && windowNumber >= 1 && windowNumber <= 99) {
    const tens = Math.floor(windowNumber / 10);
    const units = windowNumber % 10;
    const clips: string[] = [];
    if (tens >= 2) clips.push(`num-${tens}`);
    if (tens >= 1) clips.push('num-10');
    if (units > 0) clips.push(`num-${units}`);
    return clips;
  }
  const digits = Number.isFinite(windowNumber) ? String(Math.trunc(Math.abs(windowNumber))) : '0';
  return [...digits].map((digit) => `digit-${digit}`);
}

/** The clips of one announcement, in order, e.g. ('A001', 3) → qing letter-a digit-0 digit-0 digit-1 hao dao num-3 … */
export function announcementClips(number: string, windowNumber: number): string[] {
  return ['qing', ...ticketClips(number), 'hao', 'dao', ...windowClips(windowNumber), 'hao-chuang-kou', 'ban-li'];
}

/** The window number as the clips say it: 3 → 三, 25 → 二十五. */
export function windowNumberText(windowNumber: number): string {
  return windowClips(windowNumber)
    .map((name) => TEXT_OF.get(name))
    .join('');
}

/**
 * The announcement as text, for the board and for a Web Speech voice: '请A零零一号到3号窗口办理'. It says what
 * the clips say, except that the window number is written in digits (a voice reads 3号窗口 as 三号窗口).
 */
export function announcementText(number: string, windowNumber: number): string {
  const ticket = ticketClips(number)
    .map((name) => TEXT_OF.get(name))
    .join('');
  return `请${ticket}号到${windowNumber}号窗口办理`;
}
