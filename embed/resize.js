// On the page that holds spbe-widgets iframes: sets each iframe's height from the height its embed
// page posts ({ type: 'spbe-widgets:resize', id, height }), so the iframe never scrolls nor leaves a
// gap. One small classic script, no dependencies, safe to include twice:
//   <script src="https://cdn.example.go.id/spbe-widgets/embed/resize.js" defer></script>
(function () {
  if (window.__spbeWidgetsResize) return;
  window.__spbeWidgetsResize = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'spbe-widgets:resize' || typeof d.height !== 'number' || !(d.height >= 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      // The iframe the message came from, whatever its id: matched by its window, not by a name.
      if (frames[i].contentWindow === e.source) frames[i].height = String(Math.min(Math.round(d.height), 20000));
    }
  });
})();
