// Leaflet's controls in French, on every map of the service: the zoom buttons and the layers
// control's toggle (its default title is "Layers"). Loaded right after leaflet.js.
(function () {
  'use strict';
  if (typeof window.L === 'undefined') return;
  var L = window.L;
  L.Control.Zoom.mergeOptions({ zoomInTitle: 'Zoom avant', zoomOutTitle: 'Zoom arrière' });
  var onAdd = L.Control.Layers.prototype.onAdd;
  L.Control.Layers.include({
    onAdd: function (map) {
      var container = onAdd.call(this, map);
      var toggle = container.querySelector('.leaflet-control-layers-toggle');
      if (toggle) {
        toggle.title = 'Fond de carte et couches affichées';
        toggle.setAttribute('aria-label', 'Fond de carte et couches affichées');
      }
      return container;
    },
  });
})();
