import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { bridge } from './fake-bridge';

// antd renders slowly in jsdom, and these machines are shared: a wait gives up after 5 s, not the default 1 s.
// A passing test is no slower; only a failing one waits longer.
configure({ asyncUtilTimeout: 5000 });

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
