// Runs inside <app-kiosk>, before its slides are parsed, so the first paint already has the right layout
// (no jump when the island starts: CLS 0). It reads only what changes the layout: ticker or slides, the
// screen's shape, touch controls. The island reads the whole address again (src/lib/kiosk.ts, which names
// bad values); tests/unit/kiosk-early.test.ts checks that both read these the same way.
(function () {
  var script = document.currentScript;
  var kiosk = script && script.parentElement;
  if (!kiosk || kiosk.hasAttribute('data-preview')) return;
  var params = new URLSearchParams(location.search);
  var read = function (name) {
    return (params.get(name) || '').normalize('NFKC').trim().toLowerCase();
  };
  var pick = function (value, table) {
    return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : '';
  };
  var orientation = pick(read('orientation'), { landscape: 'landscape', portrait: 'portrait', 横屏: 'landscape', 竖屏: 'portrait', horizontal: 'landscape', vertical: 'portrait' });
  var asOrientation = pick(read('layout'), { landscape: 'landscape', portrait: 'portrait', 横屏: 'landscape', 竖屏: 'portrait' });
  var layout = asOrientation ? 'slides' : pick(read('layout'), { slides: 'slides', ticker: 'ticker', strip: 'ticker', 条屏: 'ticker', 滚动: 'ticker', 字幕: 'ticker', 幻灯片: 'slides' });
  orientation = orientation || asOrientation;
  var width = window.innerWidth;
  var height = window.innerHeight;
  // An LED strip (3:1 or wider) gets the ticker unless slides were asked for.
  kiosk.setAttribute('data-layout', layout || (width >= 3 * height ? 'ticker' : 'slides'));
  kiosk.setAttribute('data-shape', orientation || (height > width ? 'portrait' : 'landscape'));
  if (['1', 'true', 'yes', 'on', '是'].indexOf(read('touch')) >= 0) kiosk.setAttribute('data-touch', '');
})();
