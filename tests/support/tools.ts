// Helpers for the family tools' browser tests: printing to PDF and counting its pages, a picture's bytes,
// and a browser whose storage throws (private modes, some WebViews).
import { expect, type Page } from '@playwright/test';

/** Pages in a PDF that Chromium printed (each page is one `/Type /Page` object). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Prints the page as the browser would on A4 (the page's own @page rules win) and returns the page count. */
export async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return pdfPageCount(pdf);
}

/** Clicks 保存为图片 and checks that a PNG was drawn on the device: returns its size in pixels. */
export async function savePicture(page: Page): Promise<{ width: number; height: number }> {
  await page.getByRole('button', { name: '保存为图片' }).click();
  const image = page.getByRole('region', { name: '图片' }).getByRole('img');
  await expect(image).toBeVisible();
  const src = (await image.getAttribute('src')) ?? '';
  expect(src.startsWith('data:image/png;base64,')).toBe(true);
  const bytes = Buffer.from(src.slice(src.indexOf(',') + 1), 'base64');
  // The PNG signature, then the IHDR chunk with width and height.
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  await expect(page.getByRole('link', { name: '保存图片' })).toHaveAttribute('download', /\.png$/);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Makes every write to localStorage fail, as a full quota or a locked-down WebView does. */
export async function blockStorageWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** A phone in the hand: 390 × 844, touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;
