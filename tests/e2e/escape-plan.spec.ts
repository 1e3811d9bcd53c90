import { expect, test, type Locator, type Page } from '@playwright/test';
import { PHONE, blockStorageWrites, printedPages, savePicture } from '../support/tools.ts';

const COLS = 12;
const ROWS = 16;

/** Taps cell (x, y) of the drawing board (0-based), scrolling it into view first, as a thumb would. */
async function tap(page: Page, board: Locator, x: number, y: number) {
  await board.evaluate((svg, row) => {
    const box = svg.getBoundingClientRect();
    window.scrollBy(0, box.top + (row / 16) * box.height - 250);
  }, y);
  const box = (await board.boundingBox())!;
  // The viewBox has a 1-unit margin around the 10-unit cells.
  const unitX = box.width / (COLS * 10 + 2);
  const unitY = box.height / (ROWS * 10 + 2);
  await page.touchscreen.tap(box.x + (1 + x * 10 + 5) * unitX, box.y + (1 + y * 10 + 5) * unitY);
}

const tool = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });
const board = (page: Page) => page.getByRole('application', { name: '平面图画板' });
const routesList = (page: Page) => page.locator('[data-list="routes"]');

test.describe('on a phone', () => {
  test.use(PHONE);

  test('a family starts from a layout and draws both routes out of a bedroom by taps; the plan survives a reload', async ({ page }) => {
    await page.goto('/tools/escape-plan/');
    await page.getByRole('button', { name: '两室一厅' }).click();
    await expect(page.locator('.app-plan__status')).toContainText('两室一厅');
    await expect(page.locator('[data-missing]')).toContainText('主卧的路线1');

    // Route 1: from the master bedroom, through its door, the living room, out of the flat's door, to the stairs.
    await tool(page, '路线1').check();
    for (const [x, y] of [
      [2, 2],
      [4, 3],
      [6, 3],
      [6, 7],
      [6, 9],
      [0, 10],
    ] as const) {
      await tap(page, board(page), x, y);
    }
    await page.getByRole('button', { name: '完成这条路线' }).click();
    // Route 2: to the window, where the family waits when the stairs are full of smoke.
    await tool(page, '路线2').check();
    await tap(page, board(page), 2, 2);
    await tap(page, board(page), 0, 2);
    await tap(page, board(page), 0, 2); // tapping the last cell again finishes the route
    await tool(page, '会合点').check();
    await tap(page, board(page), 3, 14);

    await expect(routesList(page)).toContainText('主卧的路线1：主卧 → 房门 → 客厅 → 入户门 → 楼道 → 楼梯');
    await expect(routesList(page)).toContainText('主卧的路线2：主卧 → 窗');
    await expect(page.locator('[data-missing]')).toContainText('次卧的路线1');
    await expect(page.locator('.app-plan__saved')).toHaveText('已保存在这台设备上。');
    await page.getByLabel(/楼外会合点/).fill('小区门口的大槐树');

    await page.reload();
    await expect(routesList(page)).toContainText('主卧的路线1：主卧 → 房门 → 客厅 → 入户门 → 楼道 → 楼梯');
    await expect(page.locator('#plan-editor [data-layer="routes"] polyline')).toHaveCount(2);
    await expect(page.locator('#plan-editor [data-layer="marks"] circle')).toHaveCount(1);
    await expect(page.getByLabel(/楼外会合点/)).toHaveValue('小区门口的大槐树');
  });

  test('a room is drawn by tapping two corners and named in a dialog; undo and redo step through the drawing', async ({ page }) => {
    await page.goto('/tools/escape-plan/');
    await tap(page, board(page), 1, 1);
    await expect(page.locator('.app-plan__status')).toContainText('再点对角');
    await tap(page, board(page), 4, 3);
    const dialog = page.getByRole('dialog', { name: '给房间起个名字' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('名称').fill('爷爷的卧室');
    await dialog.getByLabel('类型').selectOption({ label: '卧室' });
    await dialog.getByRole('button', { name: '好' }).click();
    const rooms = page.locator('[data-list="rooms"]');
    await expect(rooms).toContainText('爷爷的卧室（卧室）：第2–5列，第2–4行');
    await expect(page.locator('[data-missing]')).toContainText('爷爷的卧室的路线1、爷爷的卧室的路线2');

    await page.getByRole('button', { name: '撤销' }).click();
    await expect(rooms).toContainText('房间1（其他）');
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(rooms).toHaveText('还没有。');
    await page.getByRole('button', { name: '重做' }).click();
    await page.getByRole('button', { name: '重做' }).click();
    await expect(rooms).toContainText('爷爷的卧室（卧室）');
  });

  test('the plan exports a picture to save in WeChat', async ({ page }) => {
    await page.goto('/tools/escape-plan/');
    await page.getByRole('button', { name: '一室一厅' }).click();
    await page.getByLabel(/我家在/).fill('幸福小区3号楼2单元501');
    const { width, height } = await savePicture(page);
    expect(width).toBe(1080);
    expect(height).toBeGreaterThan(2000);
    await expect(page.getByRole('region', { name: '图片' }).getByRole('img')).toHaveAttribute('alt', /幸福小区3号楼2单元501/);
  });
});

test('drawing by keyboard alone: a room, the flat’s door and a route, each said aloud', async ({ page }) => {
  await page.goto('/tools/escape-plan/');
  const status = page.locator('.app-plan__status');
  // The first tool (房间) is chosen; the board takes the arrow keys.
  await board(page).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('房间的一个角在第1列第1行，再点对角。');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '给房间起个名字' });
  await expect(dialog.getByLabel('名称')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('小卧室');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home'); // 卧室 is the first kind
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('房间改名为“小卧室”。');

  // The tools are radio buttons: arrow keys move between them.
  await tool(page, '房间').focus();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  await expect(tool(page, '入户门')).toBeChecked();
  await board(page).focus();
  await page.keyboard.press('ArrowDown'); // the cursor is still on the room's far corner; one row below it
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('在第4列第6行放了入户门。');

  await tool(page, '入户门').focus();
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
  await expect(tool(page, '路线1')).toBeChecked();
  await board(page).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('开始画小卧室的路线1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('经过入户门');
  await page.keyboard.press('Enter'); // the same cell again finishes the route
  await expect(status).toHaveText('画好了小卧室的路线1。');
  await expect(routesList(page)).toContainText('小卧室的路线1：小卧室 → 入户门');
  await page.keyboard.press('Control+Z');
  await expect(routesList(page)).toHaveText('还没有。');
});

test('the lists and forms draw the same plan without the board', async ({ page }) => {
  await page.goto('/tools/escape-plan/');
  await page.getByText('用列表查看和修改').click();
  const roomForm = page.locator('[data-form="room"]');
  await roomForm.getByLabel('名称').fill('卧室');
  await roomForm.getByLabel('类型').selectOption({ label: '卧室' });
  await roomForm.getByRole('button', { name: '添加房间' }).click();
  const markForm = page.locator('[data-form="mark"]');
  await markForm.getByLabel('类型').selectOption({ label: '入户门' });
  await markForm.getByLabel('第几列').fill('6');
  await markForm.getByLabel('第几行').fill('3');
  await markForm.getByRole('button', { name: '添加标记' }).click();
  await expect(page.locator('[data-list="marks"]')).toContainText('入户门：第6列第3行');

  const routeForm = page.locator('[data-form="route"]');
  await routeForm.getByLabel('从哪间卧室出发').selectOption({ label: '卧室' });
  await routeForm.getByLabel('下一站').selectOption({ label: '入户门（第6列第3行）' });
  await routeForm.getByRole('button', { name: '加上这一站' }).click();
  await routeForm.getByRole('button', { name: '保存路线' }).click();
  await expect(routesList(page)).toContainText('卧室的路线1：卧室 → 入户门');
  await page.getByRole('button', { name: '删除：卧室的路线1：卧室 → 入户门' }).click();
  await expect(routesList(page)).toHaveText('还没有。');
});

test('the plan prints on exactly one A4 page with the map, the key actions and what to say when calling 119', async ({ page }) => {
  await page.goto('/tools/escape-plan/');
  await page.getByRole('button', { name: '三室两厅' }).click();
  for (const [field, text] of [
    [/我家在/, '幸福小区3号楼2单元501，电梯右手边'],
    [/谁帮谁/, '爸爸扶奶奶下楼，妈妈带妹妹，哥哥拿手电'],
    [/楼外会合点/, '小区门口的大槐树下'],
    [/总阀在哪里/, '燃气表前阀在厨房水槽下面；电闸在门口鞋柜上方'],
    [/家人电话/, '爸爸、妈妈、哥哥的手机号'],
    [/演练日期/, '每年6月16日'],
  ] as const) {
    await page.getByLabel(field).fill(text);
  }
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.app-plan-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.locator('.app-plan__editor')).toBeHidden();
  await expect(sheet).toContainText('幸福小区3号楼2单元501');
  await expect(sheet.locator('[data-sheet-actions] li').first()).toHaveText('低姿弯腰捂口鼻');
  await expect(sheet.locator('[data-sheet-call]')).toContainText('在哪里');
  await expect(sheet.locator('[data-sheet-call]')).toContainText('留下电话');
  await expect(sheet.locator('#plan-sheet [data-layer="rooms"] rect')).toHaveCount(9);
  expect(await printedPages(page)).toBe(1);
});

test('without JavaScript the page is a blank plan to print: squared paper, empty lines and the 119 script, on one page', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/tools/escape-plan/');
  const sheet = page.locator('.app-plan-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('img', { name: '家庭逃生路线图' })).toBeVisible();
  await expect(sheet).toContainText('谁帮谁');
  await expect(sheet).toContainText('拨打 119');
  await expect(page.getByRole('application', { name: '平面图画板' })).toBeHidden();
  expect(await printedPages(page)).toBe(1);
  await page.close();
});

test('clearing asks first, and can be undone', async ({ page }) => {
  await page.goto('/tools/escape-plan/');
  await page.getByRole('button', { name: '一室一厅' }).click();
  await page.getByLabel(/我家在/).fill('幸福小区');
  const rooms = page.locator('[data-list="rooms"] li');
  await expect(rooms).toHaveCount(5);
  await page.getByRole('button', { name: '清空重填' }).click();
  const question = page.getByRole('alertdialog', { name: /真的要清空吗/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: '不清空' })).toBeFocused();
  await question.getByRole('button', { name: '不清空' }).click();
  await expect(rooms).toHaveCount(5);

  await page.getByRole('button', { name: '清空重填' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '清空', exact: true }).click();
  await expect(page.locator('[data-list="rooms"]')).toHaveText('还没有。');
  await expect(page.getByLabel(/我家在/)).toHaveValue('');
  await page.getByRole('button', { name: '撤销清空' }).click();
  await expect(rooms).toHaveCount(5);
  await expect(page.getByLabel(/我家在/)).toHaveValue('幸福小区');
});

test('a device that cannot save says so once, and drawing still works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await blockStorageWrites(page);
  await page.goto('/tools/escape-plan/');
  await page.getByRole('button', { name: '一室一厅' }).click();
  const saved = page.locator('.app-plan__saved');
  await expect(saved).toContainText('这台设备不能保存');
  await page.getByLabel(/我家在/).fill('幸福小区');
  await expect(saved).toContainText('这台设备不能保存');
  await expect(page.locator('[data-list="rooms"] li')).toHaveCount(5);
  expect(errors).toEqual([]);
});

test('a corrupt saved plan is reset quietly; a plan saved by the old text form keeps its text', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/tools/escape-plan/');
  await page.evaluate(() => localStorage.setItem('lifeline:v1:escape-plan', '{"version":2,"rooms":[{"id":"r1"'));
  await page.reload();
  await expect(page.locator('[data-list="rooms"]')).toHaveText('还没有。');
  expect(await page.evaluate(() => localStorage.getItem('lifeline:v1:escape-plan'))).toBeNull();

  await page.evaluate(() => localStorage.setItem('lifeline:v1:escape-plan', JSON.stringify({ meeting: '小区门口的大槐树', constructor: 'x' })));
  await page.reload();
  await expect(page.getByLabel(/楼外会合点/)).toHaveValue('小区门口的大槐树');
  expect(errors).toEqual([]);
});

test('inside WeChat, where printing does nothing, the page offers the picture instead', async ({ browser }) => {
  const page = await browser.newPage({
    userAgent: 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47',
  });
  await page.goto('/tools/escape-plan/');
  await expect(page.getByRole('button', { name: '打印（A4）' })).toBeHidden();
  await expect(page.getByText('这里不能直接打印')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存为图片' })).toBeVisible();
  await page.close();
});
