import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAllowedNavigation, isAppUrl, isTrustedSender } from './security';

const OURS = ['app://hall/', 'app://hall/window', 'app://hall/kiosk', 'app://hall/board?x=1#top', `${APP_ORIGIN}/pad`];

const FOREIGN = [
  'app://other/window',
  'app://hall.evil.example/window',
  'app://evil.example/hall',
  'app://hall:8080/window',
  'app:hall/window',
  'http://hall/window',
  'https://hall/window',
  'https://evil.example/',
  'file:///x',
  'file://hall/window',
  'about:blank',
  'data:text/html,app://hall/',
  'javascript:alert(1)',
  'not a url',
  '',
  undefined,
];

describe('isAppUrl', () => {
  it.each(OURS)('accepts our own page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each(FOREIGN)('rejects %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isTrustedSender and isAllowedNavigation', () => {
  it.each(OURS)('trust %s', (url) => {
    expect(isTrustedSender(url)).toBe(true);
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each(FOREIGN)('do not trust %j', (url) => {
    expect(isTrustedSender(url)).toBe(false);
    expect(isAllowedNavigation(url)).toBe(false);
  });
});
