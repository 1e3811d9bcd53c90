import { createHash } from 'node:crypto';

/**
 * The inline script of AudienceRedirect.astro (server side only). Its text is the same on every page, and
 * its hash goes into the page's Content Security Policy: Astro lists the hashes of the scripts it bundles,
 * and a page that shows this inline script adds this one (`Astro.csp.insertScriptHash` in the page's
 * frontmatter, before the <head> with the policy is drawn).
 */
export const AUDIENCE_REDIRECT = `(function (script) {
  var pages = JSON.parse(script.getAttribute('data-pages'));
  var asked = new URLSearchParams(location.search).get('for');
  var remembered = null;
  try { remembered = localStorage.getItem(script.getAttribute('data-key')); } catch (e) {}
  var own = function (value) { return value && Object.prototype.hasOwnProperty.call(pages, value) ? value : null; };
  var chosen = own(asked) || own(remembered);
  if (chosen && chosen !== script.getAttribute('data-current')) location.replace(pages[chosen] + location.hash);
})(document.currentScript);`;

export const AUDIENCE_REDIRECT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(AUDIENCE_REDIRECT).digest('base64')}`;
