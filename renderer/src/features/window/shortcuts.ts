/** One key per action: a clerk calls hundreds of times a day and should never need the mouse. */
export const SHORTCUTS = {
  callNext: 'F2',
  recall: 'F3',
  start: 'F4',
  finish: 'F5',
  noShow: 'F6',
  transfer: 'F7',
  callNumber: 'F8',
  pause: 'F9',
} as const;

export type ShortcutAction = keyof typeof SHORTCUTS;

/** Keys that leave the workbench for the intake form and the case search. */
export const PLACES = {
  intake: 'F10',
  cases: 'Ctrl+F',
} as const;

export type Place = keyof typeof PLACES;

/** Invites the applicant to rate the service just given on the window's pad. */
export const RATE_KEY = 'Ctrl+E';

/** A key with its modifiers as the screens write it: `F2`, `Ctrl+F`, `Alt+1`, `Ctrl+Enter`. */
export function keyName(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): string {
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  return `${e.ctrlKey || e.metaKey ? 'Ctrl+' : ''}${e.altKey ? 'Alt+' : ''}${key}`;
}

function findKey<K extends string>(keys: Record<K, string>, key: string): K | undefined {
  return (Object.keys(keys) as K[]).find((k) => keys[k] === key);
}

export const actionForKey = (key: string): ShortcutAction | undefined => findKey(SHORTCUTS, key);
export const placeForKey = (key: string): Place | undefined => findKey(PLACES, key);
