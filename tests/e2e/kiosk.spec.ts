// The kiosk (/kiosk/) as the people who set it up and the people who pass it see it: unattended big
// screens, LED strips, touch kiosks, organisers typing the address with a Chinese keyboard.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

/** The kiosk's slide (or ticker item) on screen now. */
const current = (page: Page) => page.locator('.app-kiosk__slide--current, .app-kiosk__item--current');
const kiosk = (page: Page) => page.locator('app-kiosk');

/** Layout shifts of the page so far (CLS), from a PerformanceObserver started before the page. */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
    const shifts: { value: number; moved: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (!entry.hadRecentInput)
          shifts.push({
            value: entry.value,
            moved: entry.sources.map((source) => (source.node as Element | null)?.className?.toString() ?? String(source.node?.nodeName)),
          });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts);
}

test('a kiosk asked for 燃气，电动车 with a Chinese keyboard plays just those, names what it did not know for 10 s, and advances by itself', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(`/kiosk/?topics=${encodeURIComponent('燃气，电动车，火锅')}&interval=5`);
  await expect(kiosk(page)).toHaveAttribute('data-ready', 'playing');
  const notice = page.getByRole('status').filter({ hasText: '设置提示' });
  await expect(notice).toContainText('主题“火锅”不认识');
  const total = Number(await kiosk(page).getAttribute('data-count'));
  const seen: string[] = [];
  for (let index = 0; index < total; index += 1) {
    seen.push((await current(page).getAttribute('data-slide')) ?? '');
    await page.clock.runFor(5_000);
  }
  expect(seen[0]).toBe('theme-theme');
  expect(seen.slice(1).every((slide) => /gas|ebike|fuzhou|yinchuan|flammables|no-blocking/.test(slide))).toBe(true);
  expect(seen.indexOf('actions-gas')).toBeLessThan(seen.indexOf('actions-ebike'));
  await expect(current(page)).toHaveAttribute('data-slide', 'theme-theme');
  await expect(notice).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});

test('a kiosk given a garbage interval says so and plays at the safe default of 15 s', async ({ page }) => {
  await page.clock.install();
  await page.goto('/kiosk/?interval=-5');
  await expect(page.getByRole('status').filter({ hasText: '设置提示' })).toContainText('每页秒数“-5”不是有效数字，已按15秒播放');
  // Not 5 s (the shortest): still on the first slide after 10 s; the clock also runs while the test waits.
  await page.clock.runFor(10_000);
  await expect(current(page)).toHaveAttribute('data-slide', 'theme-theme');
  await page.clock.runFor(6_000);
  await expect(current(page)).not.toHaveAttribute('data-slide', 'theme-theme');
});

test('10,000 characters of organiser text and unknown values give one line each and a notice, never a blank screen', async ({ page }) => {
  // An address this long is refused by web servers (414) before it reaches any page; the kiosk reads it
  // all the same when a player hands it over, as configure() does with the address here.
  const long = '安'.repeat(10_000);
  await page.goto('/kiosk/');
  await page.evaluate(
    (search) => (document.querySelector('app-kiosk') as HTMLElement & { configure(search: string): void }).configure(search),
    `?org=${long}&note=${long}&topics=${'x'.repeat(10_000)}&interval=${'9'.repeat(10_000)}&layout=toString&hours=soon`,
  );
  await expect(current(page)).toBeVisible();
  await expect(page.locator('.app-kiosk__org')).toHaveText('安'.repeat(20));
  const notice = page.getByRole('status').filter({ hasText: '设置提示' });
  await expect(notice).toContainText('主办单位太长');
  await expect(notice).toContainText('每页秒数“999999999999…”不是有效数字，已按15秒播放');
  await expect(notice).toContainText('版式“tostring”无法识别');
  await expect(notice).toContainText('播放时段“soon”无法识别');
  expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
});

test('the organiser’s text is shown as text, never as markup, and keeps no unverified telephone number', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const org = '<svg onload=alert()>';
  const note = '<b>咨询</b> 热线 13800138000，火警 119';
  await page.goto(`/kiosk/?org=${encodeURIComponent(org)}&note=${encodeURIComponent(note)}`);
  await expect(page.locator('.app-kiosk__org')).toHaveText(org);
  await expect(page.locator('.app-kiosk__org-note')).toContainText('<b>咨询</b>');
  await expect(page.locator('.app-kiosk__org-note')).toContainText('119');
  await expect(page.locator('.app-kiosk__org-note')).not.toContainText('13800138000');
  await expect(page.getByRole('status').filter({ hasText: '设置提示' })).toContainText('不在核实名单上的电话号码');
  expect(await page.locator('.app-kiosk__band svg, .app-kiosk__band b').count()).toBe(0);
  expect(dialogs).toBe(0);
});

/** Every slide (or ticker item) in turn: nothing overflows and the emergency numbers stay big. */
async function checkEverySlide(page: Page, address: string) {
  await page.goto(address);
  await expect(kiosk(page)).toHaveAttribute('data-ready', 'playing');
  const total = Number(await kiosk(page).getAttribute('data-count'));
  const problems: string[] = [];
  let smallest = Infinity;
  // The whole walk in one call (one round trip per slide was most of this test's time).
  const slides = await page.evaluate(async (total) => {
    const element = document.querySelector('app-kiosk') as HTMLElement & { configure(search: string): void };
    const search = location.search;
    const seen = [];
    for (let still = 1; still <= total; still += 1) {
      element.configure(`${search}&still=${still}`);
      await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
      const height = innerHeight;
      const shown = element.querySelector<HTMLElement>('.app-kiosk__slide--current, .app-kiosk__item--current')!;
      const box = (shown.closest('.app-kiosk__ticker') ?? shown) as HTMLElement;
      const overflow = Math.max(
        box.scrollHeight - box.clientHeight,
        box.scrollWidth - box.clientWidth,
        document.documentElement.scrollHeight - height,
        document.documentElement.scrollWidth - innerWidth,
      );
      const frame = box.getBoundingClientRect();
      const outside = [...shown.querySelectorAll('*')].some((part) => {
        const rect = part.getBoundingClientRect();
        return rect.width > 0 && (rect.left < frame.left - 1 || rect.right > frame.right + 1 || rect.top < frame.top - 1 || rect.bottom > frame.bottom + 1);
      });
      const numbers = [...element.querySelectorAll<HTMLElement>('.app-kiosk__digits')].map((digits) => {
        const rect = digits.getBoundingClientRect();
        const visible = rect.top >= 0 && rect.bottom <= height + 1 && rect.left >= 0 && rect.right <= innerWidth + 1;
        return { text: digits.textContent, share: Number.parseFloat(getComputedStyle(digits).fontSize) / height, visible };
      });
      seen.push({ name: shown.dataset.slide ?? shown.textContent?.trim().slice(0, 12), overflow, outside, numbers });
    }
    return seen;
  }, total);
  for (const [position, found] of slides.entries()) {
    const index = position + 1;
    if (found.overflow > 1) problems.push(`${index} ${found.name}: overflows by ${found.overflow}px`);
    if (found.outside) problems.push(`${index} ${found.name}: a part sticks out`);
    if (found.numbers.map((number) => number.text).join() !== '119,120,110')
      problems.push(`${index}: numbers ${found.numbers.map((number) => number.text).join()}`);
    for (const number of found.numbers) {
      if (!number.visible) problems.push(`${index} ${found.name}: ${number.text} off screen`);
      smallest = Math.min(smallest, number.share);
    }
  }
  expect(problems).toEqual([]);
  expect(smallest, 'emergency numbers as a share of the screen height').toBeGreaterThanOrEqual(0.05);
  test.info().annotations.push({ type: 'smallest emergency number', description: `${(smallest * 100).toFixed(1)} % of the screen height` });
}

for (const [layout, sizes] of [
  [
    'slides',
    [
      { width: 1920, height: 1080 },
      { width: 1080, height: 1920 },
      { width: 1366, height: 768 },
      { width: 1280, height: 720 },
    ],
  ],
  [
    'ticker',
    [
      { width: 960, height: 160 },
      { width: 1920, height: 240 },
      { width: 1280, height: 128 },
    ],
  ],
] as const) {
  for (const viewport of sizes) {
    test.describe(`on a ${viewport.width}×${viewport.height} screen`, () => {
      test.use({ viewport });
      test(`every ${layout === 'ticker' ? 'ticker item' : 'slide'} fits, with the emergency numbers at least 5 % of the screen's height`, async ({ page }) => {
        test.setTimeout(90_000);
        await checkEverySlide(page, `/kiosk/?layout=${layout}`);
        await checkEverySlide(
          page,
          `/kiosk/?layout=${layout}&touch=1&org=${encodeURIComponent('幸福街道办事处安全生产委员会办公室')}&note=${encodeURIComponent('6月16日 9:00 社区广场 安全咨询，欢迎居民参加')}`,
        );
      });
    });
  }
}

test.describe('on an LED strip', () => {
  test.use({ viewport: { width: 960, height: 160 } });
  test('a 960×160 strip crawls the key actions and numbers by itself, even without ?layout=ticker', async ({ page }) => {
    await page.goto('/kiosk/?topics=gas');
    await expect(kiosk(page)).toHaveAttribute('data-layout', 'ticker');
    const track = page.locator('.app-kiosk__track');
    await expect(track).toHaveClass(/app-kiosk__track--running/);
    await expect(track).toContainText('关闭燃气阀门');
    await expect(page.locator('.app-kiosk__digits').first()).toBeInViewport();
    const moved = await track.evaluate(async (element) => {
      const before = element.getBoundingClientRect().left;
      await new Promise((resolve) => setTimeout(resolve, 600));
      return before - element.getBoundingClientRect().left;
    });
    expect(moved).toBeGreaterThan(5);
  });

  test('with reduced motion the strip shows one item at a time, standing still', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await page.goto('/kiosk/?topics=gas&layout=ticker');
    await expect(page.locator('.app-kiosk__track')).toHaveClass(/app-kiosk__track--stepping/);
    const first = await current(page).textContent();
    await page.clock.runFor(5_000);
    await expect(current(page)).not.toHaveText(first ?? '');
  });
});

test('case slides say at most about 60 characters: the title and one lesson, the rest through the QR code', async ({ page }) => {
  await page.goto('/kiosk/');
  const cases = page.locator('.app-kiosk__slide--case');
  expect(await cases.count()).toBeGreaterThan(3);
  for (const slide of await cases.all()) {
    const main = await slide.locator('h2, .app-kiosk__lesson').allTextContents();
    expect(Array.from(main.join('').replace(/\s/g, '')).length, main.join(' / ')).toBeLessThanOrEqual(60);
    const all = Array.from(((await slide.textContent()) ?? '').replace(/\s/g, '')).length;
    expect(all, 'with the year and the QR caption').toBeLessThanOrEqual(80);
    await expect(slide.locator('svg[data-qr-code]')).toHaveCount(1);
  }
});

test('most slides carry a picture', async ({ page }) => {
  await page.goto('/kiosk/');
  const slides = await page.locator('.app-kiosk__slide').all();
  let withPicture = 0;
  for (const slide of slides) if ((await slide.locator('img, svg').count()) > 0) withPicture += 1;
  expect(withPicture / slides.length).toBeGreaterThan(0.8);
});

test.describe('a touch kiosk', () => {
  test('pauses on a tap, steps, picks a topic, and goes back to its playlist after a minute alone', async ({ page }) => {
    await page.clock.install();
    await page.goto(`/kiosk/?touch=1&interval=10&topics=${encodeURIComponent('燃气,电动车')}`);
    await expect(kiosk(page)).toHaveAttribute('data-ready', 'playing');
    expect(await page.locator('app-kiosk a[href], app-kiosk input, app-kiosk textarea, app-kiosk select').count()).toBe(0);
    await expect(page.locator('.app-kiosk__chips button:visible')).toHaveText(['全部', '燃气', '电动自行车']);
    await page.locator('.app-kiosk__stage').click();
    await expect(page.getByRole('button', { name: '继续播放' })).toBeVisible();
    await page.clock.runFor(30_000);
    await expect(current(page)).toHaveAttribute('data-slide', 'theme-theme');
    await page.getByRole('button', { name: '下一页 ▶' }).click();
    await expect(current(page)).toHaveAttribute('data-slide', 'actions-gas');
    await page.getByRole('button', { name: '◀ 上一页' }).click();
    await expect(current(page)).toHaveAttribute('data-slide', 'theme-theme');
    await page.getByRole('button', { name: '电动自行车' }).click();
    await expect(page.getByRole('button', { name: '电动自行车' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '下一页 ▶' }).click();
    await expect(current(page)).toHaveAttribute('data-slide', 'actions-ebike');
    await expect(page.locator('.app-kiosk__position')).toContainText('/ ');
    // Left alone: after 60 s the playlist plays again from its start, for both topics.
    await page.clock.runFor(59_000);
    await expect(page.getByRole('button', { name: '电动自行车' })).toHaveAttribute('aria-pressed', 'true');
    await page.clock.runFor(2_000);
    await expect(page.getByRole('button', { name: '全部' })).toHaveAttribute('aria-pressed', 'true');
    await expect(current(page)).toHaveAttribute('data-slide', 'theme-theme');
    await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
    await page.clock.runFor(10_000);
    await expect(current(page)).toHaveAttribute('data-slide', 'actions-gas');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the schedule, on the screen’s local time', () => {
  test('plays by day, dims at night and goes dark outside its hours', async ({ page }) => {
    await page.clock.install({ time: new Date('2024-06-16T12:00:00+08:00') });
    await page.goto('/kiosk/?hours=6:00-23:00&dim=20:00-7:00');
    const night = page.locator('.app-kiosk__night');
    await expect(night).toBeHidden();
    await page.clock.setFixedTime(new Date('2024-06-16T21:00:00+08:00'));
    await page.clock.runFor(31_000);
    await expect(night).toHaveAttribute('data-state', 'dim');
    await expect(night).toBeVisible();
    await page.clock.setFixedTime(new Date('2024-06-16T23:30:00+08:00'));
    await page.clock.runFor(31_000);
    await expect(night).toHaveAttribute('data-state', 'off');
    await expect(night).toContainText('6:00-23:00');
  });
});

test('the layout is there before the first paint: no layout shift (CLS 0) on /kiosk/, touch and strip included', async ({ browser }) => {
  for (const [address, viewport] of [
    ['/kiosk/', { width: 1920, height: 1080 }],
    ['/kiosk/?touch=1&org=%E5%B9%B8%E7%A6%8F%E7%A4%BE%E5%8C%BA', { width: 1080, height: 1920 }],
    ['/kiosk/?layout=ticker', { width: 960, height: 160 }],
  ] as const) {
    // A screen starting up: a fresh browser window of its size.
    const page = await browser.newPage({ viewport });
    const shifts = await watchShifts(page);
    await page.goto(address);
    await expect(kiosk(page)).toHaveAttribute('data-ready', 'playing');
    await page.waitForTimeout(1000);
    expect(await shifts(), address).toEqual([]);
    await page.close();
  }
});

test('without JavaScript the kiosk is every slide one after another', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/kiosk/');
  const slides = page.locator('.app-kiosk__slide');
  expect(await slides.count()).toBeGreaterThan(20);
  for (const slide of (await slides.all()).slice(0, 6)) await expect(slide).toBeVisible();
  await page.close();
});

test('the setup page builds the address with a preview, and the kiosk reads it back without a notice', async ({ page }) => {
  await page.goto('/kiosk/setup/');
  await page.getByLabel('燃气安全').check();
  await page.getByLabel('电动自行车').check();
  await page.getByLabel('每页停留').selectOption('20');
  await page.getByLabel('滚动字幕（LED 条屏）').check();
  await page.getByLabel('主办单位（可不填）').fill('幸福社区');
  await page.getByLabel('一句提示（可不填）').fill('咨询 13800138000');
  await page.getByLabel('播放时段（可不填，按屏幕所在地的时间）').fill('7:00-22:00');
  const address = page.locator('.app-kiosk-setup output');
  await expect(address).toContainText('/kiosk/?topics=gas%2Cebike&interval=20&layout=ticker&org=');
  await expect(page.locator('.app-kiosk-setup__problems')).toContainText('不在核实名单上的电话号码');
  await expect(page.locator('.app-kiosk-setup__preview')).toHaveAttribute('data-frame', 'strip');
  await expect(page.locator('.app-kiosk-setup__preview .app-kiosk__track')).toContainText('幸福社区');
  await page.getByLabel('一句提示（可不填）').fill('6月16日 9:00 社区广场');
  await expect(page.locator('.app-kiosk-setup__problems')).toBeEmpty();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '打开宣传屏' }).click();
  await expect(page).toHaveURL(/\/kiosk\/\?topics=gas%2Cebike&interval=20&layout=ticker/);
  await expect(kiosk(page)).toHaveAttribute('data-ready', 'playing');
  await expect(page.getByRole('status').filter({ hasText: '设置提示' })).toBeHidden();
  await expect(page.locator('.app-kiosk__track')).toContainText('6月16日 9:00 社区广场');
});

test('without JavaScript the setup form still opens the kiosk with the choices', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/kiosk/setup/');
  await page.getByLabel('燃气安全').check();
  await page.getByLabel('主办单位（可不填）').fill('幸福社区');
  await page.getByRole('button', { name: '打开宣传屏' }).click();
  await expect(page).toHaveURL(/\/kiosk\/\?topics=gas&interval=15&layout=auto&orientation=auto&org=/);
  await page.close();
});
