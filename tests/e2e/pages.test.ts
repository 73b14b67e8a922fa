import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../support/browser';
import { startHall, tearDown, type RunningHall } from '../support/hall-process';

/**
 * Every page of the demo hall, at the two screen sizes the hall has (the clerks' 1366×768 laptops and the
 * 1920×1080 board and kiosk screens): it loads without a console or page error, shows its own Chinese text,
 * renders that text in a CJK font, and does not spill sideways.
 */

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const DEMO_HALL = '云溪县政务服务中心';
const DEMO_QUEUES = ['立项用地规划', '工程建设许可', '施工许可', '竣工验收', '咨询/帮办代办', '出件领证', '预约', '优先/绿色通道'];

interface PageCase {
  path: string;
  name: string;
  /** Text that must be visible once the page has loaded its data. */
  texts: string[];
  /** A CSS selector of a Chinese heading whose rendering is checked (font and width). */
  heading: string;
  headingText: string;
  /**
   * Elements that must be on screen and not covered by anything else, without scrolling: these pages are
   * wall screens and touch screens nobody scrolls.
   */
  onScreen: string[];
}

const PAGES: PageCase[] = [
  {
    path: '/',
    name: 'landing',
    texts: ['OneWindow 一窗受理', '选择本机用途', '窗口工作台', '取号机', '综合显示屏', '评价器', '大厅管理'],
    heading: 'h3',
    headingText: '选择本机用途',
    onScreen: ['.landing-card'],
  },
  {
    path: '/kiosk',
    name: 'kiosk',
    texts: [DEMO_HALL, '请选择办理业务', ...DEMO_QUEUES, '等候 0 人'],
    heading: '.kiosk-header h2',
    headingText: '请选择办理业务',
    onScreen: ['.kiosk-header h1', '.kiosk-queue'],
  },
  {
    path: '/board',
    name: 'board',
    texts: [DEMO_HALL, '正在叫号', '等候人数', '最近叫号', '暂无叫号', 'A 立项用地规划', 'F 出件领证', '过号请重新取号'],
    heading: '.board-current h2',
    headingText: '正在叫号',
    onScreen: ['.board-header', '.board-current h2', '.board-waiting li', '.board-side h2'],
  },
  {
    path: '/window',
    name: 'window',
    texts: ['窗口登录', '工号', 'PIN', '请选择窗口', '大厅主机已连接', '县级同步：未配置', '工作人员：未登录'],
    heading: '.ant-card-head-title',
    headingText: '窗口登录',
    onScreen: ['.ant-form-item', 'button[type=submit]', '.status-bar'],
  },
  {
    path: '/admin',
    name: 'admin',
    texts: ['大厅管理登录', '工号', 'PIN', '大厅主机已连接'],
    heading: '.ant-card-head-title',
    headingText: '大厅管理登录',
    onScreen: ['.ant-form-item', 'button[type=submit]', '.status-bar'],
  },
  {
    path: '/pad',
    name: 'pad',
    texts: ['请选择本评价器所属窗口', '1号窗口', '2号窗口', '3号窗口', '4号窗口', '5号窗口', '6号窗口'],
    heading: '.pad-choose h2',
    headingText: '请选择本评价器所属窗口',
    onScreen: ['.pad-window-button'],
  },
];

/** The fonts of the page's font stack that draw Simplified Chinese (this machine has Noto Sans CJK SC). */
const SIMPLIFIED_CHINESE_FONT = /CJK SC|Han Sans SC|YaHei|PingFang SC|WenQuanYi/i;

let hall: RunningHall | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  hall = await startHall({ demo: true });
  browser = await launchBrowser();
});

afterAll(() => tearDown(browser, hall));

/** The platform fonts Chromium actually used for the text of the first element matching `selector`. */
async function renderedFonts(page: Page, selector: string): Promise<Array<{ familyName: string; glyphCount: number }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, `no element matches ${selector}`).not.toBe(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}

/** Width of the element's text as laid out, and its font size, measured on the text itself (not the box). */
async function textMetrics(page: Page, selector: string): Promise<{ text: string; width: number; height: number; fontSize: number }> {
  return page.locator(selector).first().evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rect = range.getBoundingClientRect();
    return {
      text: el.textContent ?? '',
      width: rect.width,
      height: rect.height,
      fontSize: parseFloat(getComputedStyle(el).fontSize),
    };
  });
}

/**
 * The elements matching `selector` that are not fully inside the viewport or whose middle is covered by
 * another element (what a person at the screen cannot see), described by their text.
 */
async function hiddenParts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((el) => {
      const r = el.getBoundingClientRect();
      const label = `${(el.textContent ?? '').trim().slice(0, 20)} [${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}]`;
      if (r.width === 0 || r.height === 0) return [`${label}: has no size`];
      if (r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5) {
        return [`${label}: outside the ${window.innerWidth}×${window.innerHeight} window`];
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || (hit !== el && !el.contains(hit))) return [`${label}: covered by <${hit?.tagName.toLowerCase()} class="${hit?.className}">`];
      // The box may be in view while an ancestor with overflow hidden clips it.
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflow === 'visible') continue;
        const clip = p.getBoundingClientRect();
        if (r.bottom > clip.bottom + 0.5 || r.right > clip.right + 0.5) return [`${label}: clipped by <${p.tagName.toLowerCase()} class="${p.className}">`];
      }
      return [];
    }),
  );
}

describe('every page of the demo hall', () => {
  for (const size of SIZES) {
    for (const c of PAGES) {
      it(`${c.path} at ${size.width}×${size.height}`, async () => {
        const context = await browser!.newContext({ viewport: size, locale: 'zh-CN' });
        try {
          const page = await context.newPage();
          const problems = watchConsole(page);
          const response = await page.goto(hall!.url + c.path, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);

          for (const text of c.texts) {
            await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 10_000 });
          }
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          expect(await page.title()).toBe('OneWindow 一窗受理');

          // Text is drawn with a Simplified Chinese font (not a Japanese fallback, not tofu), one glyph per
          // character.
          const heading = await textMetrics(page, c.heading);
          expect(heading.text).toBe(c.headingText);
          const han = [...heading.text].filter((ch) => /\p{Script=Han}/u.test(ch)).length;
          const fonts = await renderedFonts(page, c.heading);
          const cjkGlyphs = fonts.filter((f) => SIMPLIFIED_CHINESE_FONT.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
          expect(cjkGlyphs, `fonts used for "${heading.text}": ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(han);
          // A CJK glyph is about one em wide; a missing-glyph box or a collapsed line is not.
          expect(heading.width).toBeGreaterThan(han * heading.fontSize * 0.85);
          expect(heading.width).toBeLessThan(heading.text.length * heading.fontSize * 1.3);
          expect(heading.height).toBeGreaterThan(heading.fontSize * 0.9);

          // Nothing runs off the right edge of the screen, and what matters is in view and not covered.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, 'page is wider than the window').toBeLessThanOrEqual(0);
          await screenshot(page, `${c.name}-${size.width}x${size.height}`);
          expect(problems).toEqual([]);

          // KNOWN PRODUCT BUG — `/board at 1366×768` fails here until fixed (see the report): the board's side
          // column is taller than the room between its header and footer, and `.board { overflow: hidden }`
          // puts the last waiting-count row ("V 优先/绿色通道") under the footer and the 最近叫号 section
          // off the screen.
          const hidden: string[] = [];
          for (const selector of c.onScreen) {
            expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
            hidden.push(...(await hiddenParts(page, selector)).map((h) => `${selector} ${h}`));
          }
          expect(hidden, 'content that is not fully on screen').toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('an unknown path falls back to the landing page', async () => {
    const context = await browser!.newContext({ viewport: SIZES[0] });
    try {
      const page = await context.newPage();
      const problems = watchConsole(page);
      await page.goto(`${hall!.url}/no-such-page`);
      await page.getByText('选择本机用途').waitFor({ timeout: 10_000 });
      expect(new URL(page.url()).pathname).toBe('/');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
