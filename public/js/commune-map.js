// Situation map of a commune page (progressive enhancement).
// Reads its settings from the data-* attributes of #commune-map; without Leaflet, or with invalid
// data, the text fallback inside the container stays in place.
(function () {
  'use strict';

  function readNumber(element, name) {
    var value = parseFloat(element.getAttribute(name));
    return isFinite(value) ? value : null;
  }

  function showTileWarning(container) {
    if (document.getElementById('commune-map-tile-warning')) return;
    var warning = document.createElement('p');
    warning.id = 'commune-map-tile-warning';
    warning.className = 'fr-text--sm fr-mt-1w';
    warning.textContent =
      'Le fond de carte n’a pas pu être chargé entièrement. La position de la commune reste indiquée dans le tableau.';
    container.parentNode.insertBefore(warning, container.nextSibling);
  }

  function init() {
    var container = document.getElementById('commune-map');
    if (!container || typeof window.L === 'undefined' || !window.L.map) return;

    var latitude = readNumber(container, 'data-lat');
    var longitude = readNumber(container, 'data-lon');
    if (latitude === null || longitude === null) return;
    var zoom = readNumber(container, 'data-zoom');
    if (zoom === null) zoom = 11;
    var tileUrl = container.getAttribute('data-tile-url') || '';
    var label = container.getAttribute('data-label') || '';
    // Leaflet inserts attributions as HTML: pass the configured text escaped.
    var attribution = document.createElement('span');
    attribution.textContent = container.getAttribute('data-tile-attribution') || '';

    var fallbacks = container.querySelectorAll('[data-map-fallback]');
    var map;
    try {
      map = L.map(container, {
        center: [latitude, longitude],
        zoom: zoom,
        scrollWheelZoom: false,
        keyboard: true,
      });
    } catch (error) {
      // Keep the text fallback if Leaflet cannot start.
      if (window.console) window.console.error(error);
      return;
    }
    for (var i = 0; i < fallbacks.length; i += 1) fallbacks[i].parentNode.removeChild(fallbacks[i]);

    if (tileUrl) {
      var tiles = L.tileLayer(tileUrl, {
        attribution: attribution.innerHTML,
        maxZoom: 19,
      });
      tiles.on('tileerror', function () {
        showTileWarning(container);
      });
      tiles.addTo(map);
    }

    var tooltip = document.createElement('span');
    tooltip.textContent = label;
    L.circleMarker([latitude, longitude], {
      radius: 8,
      color: '#000091',
      weight: 3,
      fillColor: '#6a6af4',
      fillOpacity: 0.8,
      interactive: false,
    })
      .bindTooltip(tooltip, { permanent: true, direction: 'top', offset: [0, -8] })
      .addTo(map);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
