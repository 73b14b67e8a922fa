import { z } from 'zod';

/**
 * Free text typed by people. Markup is refused rather than escaped: a name with `<script>` is a typing
 * accident or an attack, and neither belongs in a record that is printed and synced.
 */
const MARKUP = /[<>]|&#|javascript:/i;

export function plainText(label: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过${max}个字`)
    .refine((s) => !MARKUP.test(s), `${label}不能包含 < > 等标记字符`)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), `${label}不能包含控制字符`);
}

export const uuid = z.string().uuid();
/** Milliseconds since the epoch. */
export const epochMs = z.number().int().nonnegative();
/** A hall-local calendar day, `YYYY-MM-DD`. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
