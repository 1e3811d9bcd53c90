/**
 * Whether this browser can print. WeChat's browser (MicroMessenger), and Android app WebViews in general
 * ("; wv)" in the user agent), ignore window.print(); some in-app browsers do not have it at all. Where it
 * cannot print, <html> gets app-cannot-print: print buttons ([data-print]) hide, and pictures to save show.
 */
export function canPrint(userAgent = navigator.userAgent, print: unknown = window.print): boolean {
  return typeof print === 'function' && !/MicroMessenger|;\s*wv\)/i.test(userAgent);
}

document.documentElement.classList.toggle('app-cannot-print', !canPrint());
