import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { readDist } from '../support/site.ts';

type BankQuestion = { id: string; t: string; s: string; q: string; o: string[]; a: number; tf?: true; g?: string; ga?: string };
const bank: BankQuestion[] = JSON.parse(readDist('/quiz/bank/all.json'));
const byId = (id: string) => {
  const found = bank.find((question) => question.id === id);
  if (!found) throw new Error(`question not in the bank: ${id}`);
  return found;
};
const optionLabel = (question: BankQuestion, index: number) => (question.tf ? question.o[index]! : `${'ABCD'[index]}. ${question.o[index]}`);

/** Answers the question on screen: right, or (when `wrong`) the first wrong option. Returns it. */
async function answer(page: Page, { wrong = false, by = 'mouse' }: { wrong?: boolean; by?: 'mouse' | 'keyboard' | 'tap' } = {}) {
  const question = byId((await page.locator('.app-quiz__question').getAttribute('data-question')) ?? '');
  const index = wrong ? question.o.findIndex((_, i) => i !== question.a) : question.a;
  const option = page.getByRole('radio', { name: optionLabel(question, index), exact: true });
  if (by === 'keyboard') {
    // Tab into the radio group, Space picks the first option, arrow keys move the choice.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
    await expect(option).toBeChecked();
    await page.keyboard.press('Enter');
  } else {
    if (by === 'tap') await option.tap();
    else await option.check();
    await page.locator('.app-quiz__question button[type="submit"]').click();
  }
  return question;
}

test('the bank has questions for every topic and enough sign questions', () => {
  expect(bank.length).toBeGreaterThanOrEqual(220);
  const perTopic = new Map<string, number>();
  for (const question of bank) perTopic.set(question.t, (perTopic.get(question.t) ?? 0) + 1);
  for (const core of ['life-passage', 'evacuation', 'gas', 'ebike', 'drowning']) expect(perTopic.get(core), core).toBeGreaterThanOrEqual(30);
  for (const more of ['electricity', 'elevator', 'earthquake', 'home-check', 'crowded-places', 'report-hazards'])
    expect(perTopic.get(more), more).toBeGreaterThanOrEqual(8);
  expect(bank.filter((question) => question.g).length).toBeGreaterThanOrEqual(30);
});

test('a learner practises with the mouse: feedback, explanation and a link to the section after each answer', async ({ page }) => {
  await page.goto('/quiz/gas/');
  await page.getByRole('radio', { name: /练习/ }).check();
  await page.getByRole('button', { name: '开始' }).click();
  const first = await answer(page);
  await expect(page.locator('.app-quiz__feedback')).toContainText('✓ 回答正确');
  await expect(page.locator('.app-quiz__feedback').getByRole('link', { name: /去看相关知识/ })).toHaveAttribute(
    'href',
    new RegExp(`/topics/${first.t}/#${first.s}$`),
  );
  await page.getByRole('button', { name: '下一题' }).click();
  await answer(page, { wrong: true });
  await expect(page.locator('.app-quiz__feedback')).toContainText('✗ 回答错误');
  await expect(page.locator('.app-quiz__feedback')).toContainText('正确答案');
  expect(await axeViolations(page)).toEqual([]);
});

test('a learner plays a whole challenge by keyboard only, gets a score by topic and reviews the mistakes', async ({ page }) => {
  await page.goto('/quiz/?mode=challenge&topic=all&seed=keyboard');
  for (let round = 0; round < 10; round += 1) {
    await expect(page.locator('.app-quiz__question legend')).toBeFocused();
    await answer(page, { by: 'keyboard', wrong: round % 3 === 0 });
  }
  await expect(page.getByRole('heading', { name: '挑战完成' })).toBeFocused();
  await expect(page.locator('.app-quiz__score')).toHaveText('答对 6 / 10 题');
  await expect(page.locator('.app-quiz__table tbody tr')).not.toHaveCount(0);
  await expect(page.locator('.app-quiz__review > li')).toHaveCount(4);
  expect(await axeViolations(page)).toEqual([]);
  // Retry my mistakes: the four missed questions come back.
  await page.getByRole('button', { name: '再练这些错题' }).click();
  for (let round = 0; round < 4; round += 1) {
    await answer(page);
    await page.getByRole('button', { name: round === 3 ? '看结果' : '下一题' }).click();
  }
  await expect(page.locator('.app-quiz__score')).toHaveText('答对 4 / 4 题');
});

test('the same seed gives the same challenge, so a teacher can repeat a set', async ({ page }) => {
  const firstQuestions = async () => {
    await page.goto('/quiz/?mode=challenge&topic=all&seed=class-3');
    return page.locator('.app-quiz__question legend').textContent();
  };
  expect(await firstQuestions()).toBe(await firstQuestions());
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('a learner taps through a challenge, then makes a certificate and a result card', async ({ page }) => {
    await page.goto('/quiz/?mode=challenge&topic=all&seed=phone');
    for (let round = 0; round < 10; round += 1) await answer(page, { by: 'tap', wrong: round === 0 });
    await expect(page.locator('.app-quiz__score')).toHaveText('答对 9 / 10 题');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel(/姓名/).fill('小明');
    await page.getByRole('button', { name: '生成成绩卡图片' }).tap();
    await expect(page.locator('.app-quiz__card img')).toHaveAttribute('src', /^data:image\/png;base64,/);
    // The name stays on the device.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('lifeline:v1:quiz') ?? '{}').name)).toBe('小明');
  });
});

test('a missed question goes into the mistakes book and leaves after two right answers', async ({ page }) => {
  await page.goto('/quiz/?mode=challenge&topic=gas&seed=book');
  await answer(page, { wrong: true });
  for (let round = 1; round < 10; round += 1) await answer(page);
  await expect(page.getByRole('radio', { name: /错题本（1题）/ })).toHaveCount(0); // the chooser is hidden during results
  await page.getByRole('button', { name: '换一种方式' }).click();
  await expect(page.locator('.app-quiz__mistakes-count')).toHaveText('（1题）');
  for (let time = 0; time < 2; time += 1) {
    await page.getByRole('radio', { name: /错题本/ }).check();
    await page.getByRole('button', { name: '开始' }).click();
    await answer(page);
    await page.getByRole('button', { name: '看结果' }).click();
    await page.getByRole('button', { name: '换一种方式' }).click();
  }
  await expect(page.locator('.app-quiz__mistakes-count')).toHaveText('');
});

test('the sign mode shows a sign picture with every question, described without giving the answer away', async ({ page }) => {
  await page.goto('/quiz/?mode=signs&topic=all&seed=signs');
  const picture = page.locator('.app-quiz__sign');
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  // A screen-reader user hears what the picture looks like, as the question's signAlt says, never its name.
  const question = byId((await page.locator('.app-quiz__question').getAttribute('data-question')) ?? '');
  expect(question.ga).toBeTruthy();
  await expect(picture).toHaveAttribute('alt', question.ga!);
  expect(question.ga).not.toContain(question.o[question.a]!);
});

test('the printable sign questions describe the picture without naming the sign', async ({ page }) => {
  await page.goto('/quiz/life-passage/');
  const picture = page.locator('#q-signs-001 .app-question__sign');
  await expect(picture).toHaveAttribute('aria-label', byId('signs-001').ga!);
  await expect(picture).not.toHaveAttribute('aria-label', /安全出口/);
});

test('an unknown mode or topic in the address starts nothing: the chooser shows and the quiz still works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Names every object inherits once passed an `in` check and started a quiz with no questions.
  for (const mode of ['toString', '__proto__', 'constructor']) {
    await page.goto(`/quiz/?mode=${mode}&topic=all&seed=x`);
    await expect(page.getByRole('button', { name: '开始' }), mode).toBeVisible();
    await expect(page.locator('.app-quiz__stage'), mode).toBeHidden();
    await expect(page.getByRole('radio', { name: /练习/ }), mode).toBeChecked();
  }
  // A topic the page does not offer falls back to the chooser's topic instead of fetching a bank that is not there.
  await page.goto('/quiz/gas/?mode=practice&topic=__proto__&seed=x');
  const question = await answer(page);
  expect(question.t).toBe('gas');
  await page.goto('/quiz/?mode=toString');
  await page.getByRole('button', { name: '开始' }).click();
  await answer(page);
  await expect(page.locator('.app-quiz__feedback')).toContainText('✓ 回答正确');
  expect(errors).toEqual([]);
});

test('corrupt saved progress is reset quietly and the quiz still runs', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/quiz/');
  await page.evaluate(() => localStorage.setItem('lifeline:v1:quiz', '{"version":1,"mistakes":'));
  await page.goto('/quiz/?mode=challenge&topic=all&seed=corrupt');
  await answer(page);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('lifeline:v1:quiz') ?? 'null')?.version)).toBe(1);
  expect(errors).toEqual([]);
});

test('with storage unavailable the quiz runs and says once that nothing is kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('/quiz/?mode=challenge&topic=all&seed=private');
  await answer(page);
  await answer(page);
  await expect(page.locator('.app-quiz__notice')).toBeVisible();
  await expect(page.locator('.app-quiz__notice')).toContainText('不能保存');
});

test('without JavaScript a topic’s quiz page is a complete worksheet with the answers folded away', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/quiz/gas/');
  const questions = bank.filter((question) => question.t === 'gas');
  await expect(page.locator('.app-question')).toHaveCount(questions.length);
  await expect(page.locator('.app-question details')).toHaveCount(questions.length);
  await page.locator('.app-question details summary').first().click();
  await expect(page.locator('.app-question details').first()).toContainText('答案');
  await expect(page.getByRole('button', { name: '开始' })).toBeHidden();
});

test('printed, the worksheet puts the answers at the end and hides the quiz controls', async ({ page }) => {
  await page.goto('/quiz/gas/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-answer-key')).toBeVisible();
  await expect(page.locator('.app-quiz')).toBeHidden();
  await expect(page.locator('.app-question details').first()).toBeVisible();
});

test('the quiz route ships at most 8 KB of JavaScript (gzip)', async ({ page }) => {
  let bytes = 0;
  const scripts: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => void (bytes += gzipSync(body, { level: 9 }).length)));
  });
  await page.goto('/quiz/');
  await page.waitForLoadState('networkidle');
  await Promise.all(scripts);
  const html = readDist('/quiz/index.html');
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '').join('\n');
  bytes += gzipSync(inline, { level: 9 }).length;
  expect(bytes).toBeLessThanOrEqual(8 * 1024);
});

/** Plays a practice round on the elevator topic (the smallest) to the end, answering every question. */
async function practiseToTheEnd(page: Page, by: 'mouse' | 'keyboard' | 'tap') {
  await page.goto('/quiz/?mode=practice&topic=elevator&seed=to-the-end');
  const total = bank.filter((question) => question.t === 'elevator').length;
  for (let round = 0; round < total; round += 1) {
    await answer(page, { by, wrong: round === 1 });
    const next = page.locator('.app-quiz__feedback button');
    if (by === 'keyboard') {
      // Focus is on the feedback: Tab past the link to the topic, to the next-question button.
      await expect(page.locator('.app-quiz__feedback')).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    } else if (by === 'tap') await next.tap();
    else await next.click();
  }
  await expect(page.getByRole('heading', { name: '做完了' })).toBeVisible();
  await expect(page.locator('.app-quiz__score')).toHaveText(`答对 ${total - 1} / ${total} 题`);
}

test('a practice round played to the end with the mouse', async ({ page }) => practiseToTheEnd(page, 'mouse'));
test('a practice round played to the end by keyboard only', async ({ page }) => practiseToTheEnd(page, 'keyboard'));
test.describe('practice on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('a practice round played to the end by tapping', async ({ page }) => practiseToTheEnd(page, 'tap'));
});
