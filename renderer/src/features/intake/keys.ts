import { DECISIONS, type DecisionKind, type MaterialStatus } from '../../../../shared/features/intake/contract';

/** The form's own keys, named as `keyName` writes them. */
export const FORM_KEYS = {
  submit: 'Ctrl+Enter',
  back: 'Escape',
  fill: 'Alt+F',
} as const;

/** Alt+1..4, in the order the decisions stand in the law and on the bar. */
export const DECISION_KEYS = Object.fromEntries(DECISIONS.map((kind, i) => [kind, `Alt+${i + 1}`])) as Record<DecisionKind, string>;

export function decisionForKey(key: string): DecisionKind | undefined {
  return DECISIONS.find((kind) => DECISION_KEYS[kind] === key);
}

/** Single keys on a focused material line: pinyin initials (收 缺 不符 容), and Space for the commonest. */
export const STATUS_KEYS: Record<MaterialStatus, readonly string[]> = {
  received: ['S', ' '],
  missing: ['Q'],
  defective: ['B'],
  deferred: ['R'],
};

export const HANDED_IN_KEYS = { original: 'Y', copy: 'F' } as const;

export function statusForKey(key: string): MaterialStatus | undefined {
  return (Object.keys(STATUS_KEYS) as MaterialStatus[]).find((status) => STATUS_KEYS[status].includes(key));
}

/** How a key is written on screen. */
export const keyLabel = (key: string) => (key === ' ' ? '空格' : key === 'Escape' ? 'Esc' : key);
