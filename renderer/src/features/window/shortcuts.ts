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

export function actionForKey(key: string): ShortcutAction | undefined {
  return (Object.keys(SHORTCUTS) as ShortcutAction[]).find((action) => SHORTCUTS[action] === key);
}
