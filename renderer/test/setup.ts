import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { bridge } from './fake-bridge';

// Installed before any test module loads, so the page's client picks the IPC transport over this fake.
window.hallBridge = bridge;

afterEach(() => {
  cleanup();
  bridge.reset();
  localStorage.clear();
});

// antd reads these; jsdom does not have them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
