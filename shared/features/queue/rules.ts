/** `A` + 7 → `A007`: prefix letter and at least three digits (DOMAIN §4). */
export function formatTicketNumber(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, '0')}`;
}
