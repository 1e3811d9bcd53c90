// 朗读 on topic, case and sign pages, with the browser's speech synthesis replaced by a stand-in that records
// what it is asked to say (speech cannot be heard in a test, and the voices differ from phone to phone).
import { expect, test, type Page } from '@playwright/test';

interface Voice {
  lang: string;
  name: string;
}

/** A stand-in speechSynthesis with these voices; `hold` keeps each utterance "speaking" until released. */
function stubSpeech(page: Page, voices: Voice[] | null, options: { late?: boolean } = {}) {
  return page.addInitScript(
    ({ voices, late }) => {
      const w = window as unknown as Record<string, unknown>;
      if (voices === null) {
        delete w.speechSynthesis;
        Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
        return;
      }
      const spoken: string[] = [];
      const calls: string[] = [];
      let list: Voice[] = late ? [] : voices;
      let pending: { onend: ((event: Event) => void) | null } | undefined;
      const target = new EventTarget();
      const synth = Object.assign(target, {
        getVoices: () => list,
        speak(utterance: { text: string; onend: ((event: Event) => void) | null }) {
          spoken.push(utterance.text);
          pending = utterance;
        },
        cancel: () => calls.push('cancel'),
        pause: () => calls.push('pause'),
        resume: () => calls.push('resume'),
      });
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      w.SpeechSynthesisUtterance = class {
        text: string;
        lang = '';
        voice: unknown = null;
        onend: ((event: Event) => void) | null = null;
        onerror: ((event: Event) => void) | null = null;
        constructor(text: string) {
          this.text = text;
        }
      };
      w.__speech = { spoken, calls, finish: () => pending?.onend?.(new Event('end')) };
      if (late) setTimeout(() => ((list = voices), target.dispatchEvent(new Event('voiceschanged'))), 500);
    },
    { voices, late: options.late ?? false },
  );
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: string[] } }).__speech.spoken);
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { calls: string[] } }).__speech.calls);
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());
const CHINESE = [
  { lang: 'en-US', name: 'English' },
  { lang: 'zh-CN', name: '普通话' },
];

test('on the gas page the reader hears the key actions first, follows the highlight, pauses and stops', async ({ page }) => {
  await stubSpeech(page, CHINESE);
  await page.goto('/topics/gas/');
  const control = page.locator('app-read-aloud');
  await expect(control).toBeVisible();
  await control.getByRole('button', { name: '朗读' }).click();
  expect(await spoken(page)).toEqual(['燃气安全。']);
  await expect(page.locator('h1')).toHaveClass(/app-reading/);
  for (let step = 0; step < 3; step += 1) await finish(page);
  const said = await spoken(page);
  console.log('read aloud first on /topics/gas/:', said.join(' | '));
  expect(said).toEqual(['燃气安全。', '关键动作。', '不碰电器和明火。', '从闻到气味起，不开灯也不关灯、不点火：火花会引爆燃气。']);
  await expect(page.locator('#key-actions li').first()).toHaveClass(/app-reading/);

  await control.getByRole('button', { name: '暂停' }).click();
  expect(await calls(page)).toContain('pause');
  await expect(control.getByRole('status')).toHaveText('已暂停。');
  await control.getByRole('button', { name: '继续' }).click();
  expect(await calls(page)).toContain('resume');
  await control.getByRole('button', { name: '停止' }).click();
  await expect(control.getByRole('button', { name: '朗读' })).toBeVisible();
  await expect(page.locator('.app-reading')).toHaveCount(0);
});

test('emergency numbers are read digit by digit, as people say them', async ({ page }) => {
  await stubSpeech(page, CHINESE);
  await page.goto('/topics/gas/');
  await page.getByRole('button', { name: '朗读' }).click();
  for (let step = 0; step < 20; step += 1) await finish(page);
  expect((await spoken(page)).join('')).toContain('幺幺九');
});

test('case and sign pages read their lessons and their "what to do" first', async ({ page }) => {
  await stubSpeech(page, CHINESE);
  await page.goto('/signs/safety-exit/');
  await page.getByRole('button', { name: '朗读' }).click();
  await finish(page);
  await finish(page);
  expect((await spoken(page))[1]).toBe(
    await page
      .locator('.app-sign__action h2')
      .innerText()
      .then((text) => `${text}。`),
  );
});

test('the control appears when the voices arrive late, and not at all where there is no Chinese voice', async ({ page, browser }) => {
  await stubSpeech(page, CHINESE, { late: true });
  await page.goto('/cases/');
  await page.locator('.app-card a, a.app-card').first().click();
  await expect(page.locator('app-read-aloud')).toBeVisible();

  const english = await browser.newPage();
  await stubSpeech(english, [{ lang: 'en-US', name: 'English' }]);
  await english.goto('/topics/gas/');
  await english.waitForTimeout(500);
  await expect(english.locator('app-read-aloud')).toBeHidden();
  await english.close();

  const none = await browser.newPage();
  await stubSpeech(none, null);
  await none.goto('/topics/gas/');
  await expect(none.locator('app-read-aloud')).toBeHidden();
  await none.close();
});

test('in 大字模式 the control is there and reads', async ({ page }) => {
  await stubSpeech(page, CHINESE);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('lifeline:v1:large-text', '1'));
  await page.goto('/topics/drowning/');
  await page.getByRole('button', { name: '朗读' }).click();
  expect(await spoken(page)).toEqual(['防溺水。']);
});
