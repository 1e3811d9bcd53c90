import { AppElement } from './app-element.ts';
import { canPrint } from './print-support.ts';
import { SHEET_QR } from '../lib/share.ts';

/**
 * 「保存为图片」 for a printed sheet (poster, class handout): shows the sheet's picture, drawn at build, to
 * long-press and save, as WeChat has no printing. Where the browser cannot print, the picture shows at once.
 * Built without SITE_URL, the picture has an empty QR box; the QR code the page drew for its own address
 * (svg[data-qr], src/scripts/site-address.ts) is painted into it before the picture is shown.
 */
class PictureSave extends AppElement {
  #button = this.required<HTMLAnchorElement>('a');
  #result = this.required('.app-picture-save__result');
  #image = this.required<HTMLImageElement>('img');
  #shown = false;

  protected start() {
    this.#button.addEventListener('click', (event) => {
      event.preventDefault();
      void this.#show();
    });
    if (!canPrint()) void this.#show();
  }

  async #show() {
    if (this.#shown) return;
    this.#shown = true;
    const source = this.#button.href;
    this.#result.hidden = false;
    this.#image.src = this.hasAttribute('data-qr-missing') ? await this.#withQr(source).catch(() => source) : source;
  }

  /** The picture with the page's QR code painted into its empty box (when the page has drawn one). */
  async #withQr(source: string): Promise<string> {
    const rows = await this.#qrRows();
    if (rows.length === 0) return source;
    const picture = new Image();
    picture.src = source;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.naturalWidth;
    canvas.height = picture.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return source;
    context.drawImage(picture, 0, 0);
    const left = canvas.width - SHEET_QR.right - SHEET_QR.size;
    const top = canvas.height - SHEET_QR.bottom - SHEET_QR.size;
    const cell = SHEET_QR.size / (rows.length + 8);
    context.fillStyle = '#000000';
    rows.forEach((row, y) =>
      [...row].forEach((bit, x) => bit === '1' && context.fillRect(left + (x + 4) * cell, top + (y + 4) * cell, Math.ceil(cell), Math.ceil(cell))),
    );
    return canvas.toDataURL('image/png');
  }

  /** The modules of the page's QR code, waiting up to 3 s for the page to draw it. */
  async #qrRows(): Promise<string[]> {
    for (let waited = 0; waited < 3000; waited += 100) {
      const rows = document.querySelector<SVGElement>('svg[data-qr]')?.dataset['qr'];
      if (rows) return rows.split(',');
      // The page draws its codes at the first touch (src/scripts/site-address.ts); this is one.
      document.dispatchEvent(new Event('pointerdown'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return [];
  }
}
customElements.define('app-picture-save', PictureSave);
