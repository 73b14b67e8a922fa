import { fieldId } from './fields';

/** What Enter moves between: the fields and the materials table's focused row, never buttons (Enter presses those). */
const STOPS = 'input:not([type="hidden"]):not(:disabled), textarea:not(:disabled), tr[tabindex="0"]';

/** A radio group is one stop, as with Tab: its checked option, or its first while none is. */
function isStop(el: HTMLElement): boolean {
  if (el.tabIndex < 0) return false;
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
  if (el.checked) return true;
  const group = [...(el.closest('.ant-radio-group')?.querySelectorAll('input[type="radio"]') ?? [])] as HTMLInputElement[];
  return !group.some((r) => r.checked) && group[0] === el;
}

export function focusNextField(container: HTMLElement, from: Element): void {
  const stops = [...container.querySelectorAll<HTMLElement>(STOPS)].filter(isStop);
  const at = stops.indexOf(from as HTMLElement);
  if (at >= 0) stops[at + 1]?.focus();
}

/** A field's element by its path; a material line's problems belong to its row in the table. */
function fieldElement(container: HTMLElement, path: string): HTMLElement | null {
  const line = /^materials\.(\d+)/.exec(path);
  if (line) return container.querySelectorAll<HTMLElement>('.intake-materials tr.ant-table-row')[Number(line[1])] ?? null;
  const element = document.getElementById(fieldId(path));
  return element?.matches(STOPS) ? element : (element?.querySelector<HTMLElement>(STOPS) ?? element);
}

/** Takes the clerk to the field that comes first on the screen among those with a problem. */
export function focusFirst(container: HTMLElement, paths: readonly string[]): void {
  const fields = paths.map((path) => fieldElement(container, path)).filter((el) => el !== null);
  fields.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  fields[0]?.focus();
}

/** Whether a key belongs to an open drop-down (Esc closes it, Enter picks from it) rather than to the form. */
export function inOpenPopup(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[aria-expanded="true"]') !== null;
}
