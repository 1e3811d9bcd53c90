// Class packs (issue 16): for every lesson, the deck and the plan agree, the deck is readable and fits a
// 1280×720 projector, it lays out before the first paint, the class quiz runs from the front by clicker
// alone, the audience can be chosen and is remembered, the handouts print on one A4 page, the deck prints
// one slide a page, and the PowerPoint opens with the same slides, text and notes.
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { axeViolations } from '../support/axe.ts';
import { inGroups, sitemapPaths } from '../support/site.ts';

const AUDIENCES = ['primary-lower', 'primary-upper', 'junior', 'adult'];
const lessonDecks = sitemapPaths().filter((path) => /^\/class\/[a-z-]+\/([a-z-]+)\/$/.test(path) && AUDIENCES.includes(path.split('/')[3]!));
const topicsWithHandouts = sitemapPaths().filter((path) => /^\/class\/[a-z-]+\/handout\/$/.test(path));

/** Counts the pages of a PDF (each page object is /Type /Page; the tree is /Type /Pages). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

const xmlText = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((match) => match[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface DeckSlide {
  kind: string;
  step: string | null;
  caseId: string | null;
  heading: string;
  text: string;
  picture: boolean;
}

async function readDeck(page: Page): Promise<DeckSlide[]> {
  return page.locator('.app-slide').evaluateAll((slides) =>
    slides.map((slide) => ({
      kind: slide.getAttribute('data-kind') ?? '',
      step: slide.getAttribute('data-step'),
      caseId: slide.getAttribute('data-case'),
      heading: slide.querySelector('h2')?.textContent?.trim() ?? '',
      text: (slide as HTMLElement).innerText.replace(/\s+/g, ''),
      picture: !!slide.querySelector('.app-cslide__picture svg, .app-cslide__picture .app-qr'),
    })),
  );
}

/**
 * Opens a lesson deck on the projector and walks it slide by slide, answers revealed: what overflows its slide and
 * what text is smaller than 4 % of the slide's height.
 */
async function slidesThatDoNotFit(page: Page, deck: string): Promise<string[]> {
  await page.goto(deck);
  await expect(page.locator('app-class-deck[data-ready]')).toHaveCount(1);
  // The whole walk in one call: the deck answers a key at once, and measuring reads the layout it made. The
  // keys themselves (a real clicker's presses) are tested in 'the class quiz runs from the front by clicker'.
  const problems = await page.evaluate((deck) => {
    const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    const found: string[] = [];
    const count = document.querySelectorAll('.app-slide').length;
    for (let index = 0; index < count; index += 1) {
      press('a');
      const slide = document.querySelector<HTMLElement>('.app-slide--current')!;
      const height = slide.getBoundingClientRect().height;
      const small = [...slide.querySelectorAll<HTMLElement>('h2, p, li, .app-cslide__option, .app-cslide__letter, button')]
        .filter((element) => element.offsetParent !== null && element.textContent!.trim() !== '')
        .filter((element) => !element.closest('.app-visually-hidden'))
        .map((element) => ({ text: element.textContent!.trim().slice(0, 12), size: parseFloat(getComputedStyle(element).fontSize) }))
        .filter((item) => item.size < 0.04 * height - 0.5);
      const frame = slide.firstElementChild as HTMLElement;
      const over = Math.max(slide.scrollHeight - slide.clientHeight, frame.scrollHeight - frame.clientHeight, slide.scrollWidth - slide.clientWidth);
      if (over > 1) found.push(`${deck}#${index + 1}: overflows by ${over}px`);
      for (const item of small) found.push(`${deck}#${index + 1}: “${item.text}” at ${item.size}px (slide ${height}px)`);
      press('ArrowRight');
    }
    // The walk reached the last slide, so every slide was measured as the current one.
    if (!document.querySelectorAll('.app-slide')[count - 1]!.classList.contains('app-slide--current')) found.push(`${deck}: the walk stopped early`);
    return found;
  }, deck);
  return problems;
}

test('there are lesson decks to test', () => {
  expect(lessonDecks.length).toBeGreaterThanOrEqual(8);
  expect(lessonDecks).toEqual(expect.arrayContaining(AUDIENCES.map((audience) => `/class/ebike/${audience}/`)));
});

// Four lessons a test (a topic's audiences), each checked on its own: 44 lessons in one test would run for minutes,
// one a test spent most of its time opening a browser context.
for (const decks of inGroups(lessonDecks, 4))
  test(`${decks.join(' ')}: the deck and the plan agree — the same steps, the same case, the same homework`, async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const deck of decks) {
      await page.goto(deck);
      const slides = await readDeck(page);
      const deckQuestions = await page.locator('.app-slide[data-question]').evaluateAll((items) => items.map((item) => item.getAttribute('data-question')));
      await page.goto(`${deck}plan/`);
      const plan = await page.evaluate(() => ({
        steps: [...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => ({
          index: step.dataset['step'],
          heading: step.querySelector('[data-slide-heading]')?.textContent?.trim(),
          cards: step.querySelectorAll('[data-card]').length,
        })),
        caseId: document.querySelector('[data-case]')?.getAttribute('data-case') ?? null,
        home: document.querySelector('[data-home]')?.textContent?.replace(/\s+/g, '') ?? '',
        questions: [...document.querySelectorAll('.app-plan__quiz [data-question]')].map((item) => item.getAttribute('data-question')),
      }));
      const stepSlides = slides.filter((slide) => slide.kind === 'step');
      expect(
        stepSlides.map((slide) => [slide.step, slide.heading]),
        deck,
      ).toEqual(plan.steps.map((step) => [step.index, step.heading]));
      expect(slides.find((slide) => slide.kind === 'case')?.caseId ?? null, deck).toBe(plan.caseId);
      for (const step of plan.steps)
        expect(slides.filter((slide) => slide.kind === 'card' && slide.step === step.index).length, `${deck} cards of step ${step.index}`).toBe(step.cards);
      const home = slides.find((slide) => slide.kind === 'home');
      expect(plan.home.length).toBeGreaterThan(10);
      expect(home?.text, deck).toContain(plan.home);
      expect(deckQuestions, deck).toEqual(plan.questions);
    }
    await page.close();
  });

test.describe('on a 1280×720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const decks of inGroups(lessonDecks, 4))
    test(`${decks.join(' ')}: every slide fits, with text at least 4 % of the slide’s height, answers revealed`, async ({ page }) => {
      for (const deck of decks) expect.soft(await slidesThatDoNotFit(page, deck)).toEqual([]);
    });

  test('the deck is laid out before the first paint: no layout shift while it loads and starts (CLS 0)', async ({ page }) => {
    for (const deck of ['/class/ebike/', '/class/ebike/junior/#9', '/class/gas/adult/', '/class/ebike/junior/#9', '/class/gas/adult/']) {
      await page.goto(deck);
      await expect(page.locator('app-class-deck[data-ready]')).toHaveCount(1);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
                if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift, deck).toBe(0);
    }
  });

  test('a hazard scene slide shows the whole scene inside the slide', async ({ page }) => {
    await page.goto('/class/ebike/junior/');
    const index = await page
      .locator('.app-slide')
      .evaluateAll((slides) => slides.findIndex((slide) => slide.getAttribute('data-picture')?.startsWith('scene/')));
    expect(index).toBeGreaterThan(0);
    await page.goto(`/class/ebike/junior/#${index + 1}`);
    const box = await page.evaluate(() => {
      const rect = document.querySelector('.app-slide--current')!.getBoundingClientRect();
      const slide = { top: rect.top, bottom: rect.bottom, right: rect.right, width: rect.width, height: rect.height };
      const svg = document.querySelector('.app-slide--current .app-cslide__picture svg')!.getBoundingClientRect();
      return { slide, svg: { top: svg.top, bottom: svg.bottom, right: svg.right }, ratio: slide.width / slide.height };
    });
    expect(box.ratio).toBeCloseTo(16 / 9, 1);
    expect(box.svg.top).toBeGreaterThanOrEqual(box.slide.top);
    expect(box.svg.bottom).toBeLessThanOrEqual(box.slide.bottom);
    expect(box.svg.right).toBeLessThanOrEqual(box.slide.right);
  });
});

test('the class quiz runs from the front by clicker alone: question, A–D, a tally, then the answer', async ({ page }) => {
  await page.goto('/class/ebike/junior/');
  const current = page.locator('.app-slide--current');
  for (let step = 0; step < 30 && (await current.getAttribute('data-kind')) !== 'question'; step += 1) await page.keyboard.press('PageDown');
  await expect(current).toHaveAttribute('data-kind', 'question');
  await expect(current.locator('[data-option]')).toHaveCount(4);
  const answer = current.locator('[data-reveal]');
  await expect(answer).toBeHidden();
  await page.keyboard.press('2');
  await page.keyboard.press('2');
  await page.keyboard.press('1');
  await expect(current.locator('[data-tally="B"] [data-count]')).toHaveText('2');
  await expect(current.locator('[data-tally="A"] [data-count]')).toHaveText('1');
  await current.locator('[data-tally="C"]').click();
  await expect(current.locator('[data-tally="C"] [data-count]')).toHaveText('1');
  const position = await page.locator('.app-slides__position').textContent();
  await page.keyboard.press('PageDown'); // reveals; the slide stays
  await expect(answer).toBeVisible();
  await expect(current.locator('[data-correct]')).toHaveCSS('border-color', 'rgb(0, 90, 50)');
  await expect(page.locator('.app-slides__position')).toHaveText(position!);
  await page.keyboard.press('PageDown');
  await expect(page.locator('.app-slides__position')).not.toHaveText(position!);
  await page.keyboard.press('PageUp');
  await expect(page.locator('.app-slides__position')).toHaveText(position!);
  expect(await axeViolations(page)).toEqual([]);
});

test('the audience comes from ?for=, else from the last choice, else the youngest; unknown values are ignored', async ({ page }) => {
  await page.goto('/class/ebike/');
  await expect(page.locator('app-class-deck')).toHaveAttribute('data-audience', 'primary-lower');
  await page.goto('/class/ebike/?for=junior#2');
  await expect(page).toHaveURL(/\/class\/ebike\/junior\/#2$/);
  await expect(page.locator('.app-slides__position')).toContainText('第 2 /');
  // Choosing on the bar remembers it: the topic's default deck and plan then open for that audience.
  await page.locator('.app-cdeck__choose a', { hasText: '成人' }).click();
  await expect(page).toHaveURL(/\/class\/ebike\/adult\/(#1)?$/);
  await page.goto('/class/ebike/');
  await expect(page).toHaveURL(/\/class\/ebike\/adult\/(#1)?$/);
  await page.goto('/class/ebike/plan/');
  await expect(page).toHaveURL(/\/class\/ebike\/adult\/plan\/$/);
  await page.goto('/class/ebike/?for=toString');
  await expect(page).toHaveURL(/\/class\/ebike\/adult\/(#1)?$/);
  // The choice holds for every topic that has a lesson for that audience.
  await page.goto('/class/drowning/');
  await expect(page).toHaveURL(/\/class\/drowning\/adult\/(#1)?$/);
  await expect(page.locator('app-class-deck')).toHaveAttribute('data-audience', 'adult');
});

test('without JavaScript the deck page lists the audiences as links and shows the default deck, answers shown', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/class/ebike/?for=adult');
  const links = page.locator('.app-cdeck__audiences a');
  await expect(links).toHaveCount(4);
  await expect(links.first()).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('app-class-deck')).toHaveAttribute('data-audience', 'primary-lower');
  const slides = page.locator('.app-slide');
  expect(await slides.count()).toBeGreaterThan(10);
  for (const slide of (await slides.all()).slice(0, 6)) await expect(slide).toBeVisible();
  await expect(page.locator('[data-reveal]').first()).toBeVisible();
  await page.close();
});

test('every handout prints on exactly one A4 page, nothing cut off', async ({ page }) => {
  test.setTimeout(120_000);
  expect(topicsWithHandouts.length).toBeGreaterThanOrEqual(11);
  const counts: string[] = [];
  for (const path of topicsWithHandouts) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    counts.push(`${path}: ${pdfPages(pdf)}`);
    expect(pdfPages(pdf), path).toBe(1);
    // The page is 210 mm wide less 24 mm of margins: at that width the handout must not need more than its box.
    await page.setViewportSize({ width: 703, height: 1043 });
    const fits = await page.evaluate(() => {
      const handout = document.querySelector<HTMLElement>('.app-handout')!;
      return handout.scrollHeight - handout.clientHeight;
    });
    expect(fits, `${path} is cut off`).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  console.log(`handout pages:\n${counts.join('\n')}`);
});

test('a deck prints one slide per landscape page', async ({ page }) => {
  for (const deck of ['/class/ebike/junior/', '/class/gas/adult/']) {
    await page.goto(deck);
    const total = await page.locator('.app-slide').count();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf), deck).toBe(total);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 59[45]\.\d+\s*\]/); // A4 landscape, in points
  }
});

test('each lesson’s PowerPoint opens with the deck’s slides, their text and the teacher’s notes', async ({ page, request }) => {
  test.setTimeout(120_000);
  const sizes: string[] = [];
  for (const deck of lessonDecks) {
    await page.goto(deck);
    const slides = await readDeck(page);
    const link = await page.locator('.app-cdeck__bar a[download]').getAttribute('href');
    expect(link).toBe(`${deck.slice(0, -1)}.pptx`);
    const response = await request.get(link!);
    expect(response.status()).toBe(200);
    const body = await response.body();
    sizes.push(`${link}: ${Math.round(body.length / 1024)} KB`);
    const zip = await JSZip.loadAsync(body);
    expect(Object.keys(zip.files)).toContain('[Content_Types].xml');
    const slideFiles = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slideFiles.length, link!).toBe(slides.length);
    const pictures = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'));
    expect(pictures.length, link!).toBeGreaterThan(0);
    for (let index = 0; index < slides.length; index += 1) {
      const xml = await zip.file(`ppt/slides/slide${index + 1}.xml`)!.async('string');
      expect(xmlText(xml).replace(/\s+/g, ''), `${link} slide ${index + 1}`).toContain(slides[index]!.heading.replace(/\s+/g, ''));
      if (slides[index]!.picture) expect(xml, `${link} slide ${index + 1} picture`).toContain('<p:pic>');
    }
    // Speaker notes: the step's teacher text (the plan prints the same text).
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string').then(xmlText)),
    );
    await page.goto(`${deck}plan/`);
    const teacher = (await page.locator('.app-plan__step > p').first().textContent())!.trim();
    expect(
      notes.some((note) => note.includes(teacher.slice(0, 40))),
      link!,
    ).toBe(true);
  }
  console.log(`pptx sizes:\n${sizes.join('\n')}`);
});

test('the answer cards print for the class quiz', async ({ page }) => {
  await page.goto('/class/cards/');
  await expect(page.locator('.app-cards__card')).toHaveText(['A', 'B', 'C', 'D', '对', '错']);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
  expect(await axeViolations(page)).toEqual([]);
});

test('a lesson plan passes axe and links its deck, PowerPoint and the other audiences', async ({ page }) => {
  await page.goto('/class/ebike/junior/plan/');
  await expect(page.locator('.app-plan__audiences a')).toHaveCount(4);
  await expect(page.locator('.app-plan__links a[download]')).toHaveAttribute('href', '/class/ebike/junior.pptx');
  expect(await axeViolations(page)).toEqual([]);
});
