import { useEffect, useEffectEvent } from 'react';

/**
 * Whether a key press is the page's shortcut rather than a control's own key: letters, Enter and arrows belong
 * to whatever has focus, Esc to an open picker, select or dialog, and Ctrl/Alt combinations to the system.
 */
export function isPageKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.altKey || e.metaKey) return false;
  if (!(e.target instanceof Element)) return true;
  if (e.target.closest('.ant-picker, .ant-picker-dropdown, .ant-select, .ant-select-dropdown, .ant-modal-wrap')) return false;
  return e.key === 'Escape' || !e.target.closest('input, textarea, select, button, a[href], [contenteditable="true"]');
}

/** Runs the handler for every key pressed anywhere on the page while the component is mounted. */
export function useKeyDown(handler: (e: KeyboardEvent) => void): void {
  const onKey = useEffectEvent(handler);
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    globalThis.addEventListener('keydown', listener);
    return () => globalThis.removeEventListener('keydown', listener);
  }, []);
}
