(function () {
  var root = document.documentElement;
  root.classList.add('app-js');
  try {
    var key = document.currentScript && document.currentScript.getAttribute('data-key');
    if (key && localStorage.getItem(key) === '1') root.classList.add('app-large-text');
  } catch (e) {}
})();
