// On a topic's default class page (/class/<topic>/ or /class/<topic>/plan/): when the address asks for another
// audience (?for=junior) or the teacher chose one last time (remembered in localStorage), go to that audience's
// page at once, before anything is drawn. Unknown values (?for=toString) are ignored. A classic script loaded
// from the site itself, not inline, so the one Content-Security-Policy header fits every page; what differs
// between pages comes in its data attributes (see src/components/class/AudienceRedirect.astro).
(function (script) {
  if (!script) return;
  var pages = JSON.parse(script.getAttribute('data-pages') || '{}');
  var asked = new URLSearchParams(location.search).get('for');
  var remembered = null;
  try {
    remembered = localStorage.getItem(script.getAttribute('data-key'));
  } catch (e) {}
  var own = function (value) {
    return value && Object.prototype.hasOwnProperty.call(pages, value) ? value : null;
  };
  var chosen = own(asked) || own(remembered);
  if (chosen && chosen !== script.getAttribute('data-current')) location.replace(pages[chosen] + location.hash);
})(document.currentScript);
