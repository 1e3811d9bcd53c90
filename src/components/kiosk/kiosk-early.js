// Sets the kiosk's layout before its first paint (no jump: CLS 0). Why and how: KioskDeck.astro.
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
  var orientation = pick(read('orientation'), {
    landscape: 'landscape',
    portrait: 'portrait',
    横屏: 'landscape',
    竖屏: 'portrait',
    horizontal: 'landscape',
    vertical: 'portrait',
  });
  var asOrientation = pick(read('layout'), { landscape: 'landscape', portrait: 'portrait', 横屏: 'landscape', 竖屏: 'portrait' });
  var layout = asOrientation
    ? 'slides'
    : pick(read('layout'), { slides: 'slides', ticker: 'ticker', strip: 'ticker', 条屏: 'ticker', 滚动: 'ticker', 字幕: 'ticker', 幻灯片: 'slides' });
  orientation = orientation || asOrientation;
  var width = window.innerWidth;
  var height = window.innerHeight;
  kiosk.setAttribute('data-layout', layout || (width >= 3 * height ? 'ticker' : 'slides'));
  kiosk.setAttribute('data-shape', orientation || (height > width ? 'portrait' : 'landscape'));
  if (['1', 'true', 'yes', 'on', '是'].indexOf(read('touch')) >= 0) kiosk.setAttribute('data-touch', '');
})();
