/*
 * norrkoping-charts embed-resize.js: makes iframes of embed.html as tall as their content. Load it once on
 * the page that holds the iframes: <script src="…/embed-resize.js"></script>. No dependencies.
 */
/* global window, document */
(function () {
  'use strict';
  if (window.norrkopingChartsResize) return;
  window.norrkopingChartsResize = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'norrkoping-charts:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frames = document.getElementsByTagName('iframe');
    for (var index = 0; index < frames.length; index++) {
      if (frames[index].contentWindow === event.source) frames[index].style.height = Math.ceil(height) + 'px';
    }
  });
})();
