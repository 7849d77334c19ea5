// Map of a professional's results (progressive enhancement): one circle per ranked commune,
// coloured by its score, with a popup (name, score, short summary, link to its entry in the list).
// Reads the points from the JSON of #results-map's data-points; without Leaflet, or with invalid
// data, the text fallback inside the container stays in place and the list below says it all.
(function () {
  'use strict';

  // DSFR colours: success (green), warning (orange), grey.
  var LEVELS = [
    { min: 75, color: '#18753c', label: 'bon' },
    { min: 50, color: '#b34000', label: 'moyen' },
    { min: -Infinity, color: '#666666', label: 'faible' },
  ];

  function levelOf(score) {
    for (var i = 0; i < LEVELS.length; i += 1) if (score >= LEVELS[i].min) return LEVELS[i];
    return LEVELS[LEVELS.length - 1];
  }

  function readPoints(container) {
    var points;
    try {
      points = JSON.parse(container.getAttribute('data-points') || '[]');
    } catch {
      return [];
    }
    if (!Array.isArray(points)) return [];
    return points.filter(function (point) {
      return (
        point &&
        typeof point.nom === 'string' &&
        typeof point.code === 'string' &&
        isFinite(point.lat) &&
        isFinite(point.lon) &&
        isFinite(point.score)
      );
    });
  }

  function showTileWarning(container) {
    if (document.getElementById('results-map-tile-warning')) return;
    var warning = document.createElement('p');
    warning.id = 'results-map-tile-warning';
    warning.className = 'fr-text--sm fr-mt-1w';
    warning.textContent =
      'Le fond de carte n’a pas pu être chargé entièrement. Les communes restent placées sur la carte et détaillées dans la liste.';
    container.parentNode.insertBefore(warning, container.nextSibling);
  }

  // Built with textContent: names and summaries are never read as HTML.
  function popupOf(point) {
    var content = document.createElement('div');
    var name = document.createElement('strong');
    name.textContent = point.nom;
    content.appendChild(name);
    var score = document.createElement('p');
    score.className = 'fr-mb-0';
    score.textContent = 'Score : ' + point.score + '/100';
    content.appendChild(score);
    if (point.summary) {
      var summary = document.createElement('p');
      summary.className = 'fr-mb-0';
      summary.textContent = String(point.summary);
      content.appendChild(summary);
    }
    var link = document.createElement('a');
    link.href = '#commune-' + point.code;
    link.textContent = 'Voir le détail dans la liste';
    content.appendChild(link);
    return content;
  }

  function init() {
    var container = document.getElementById('results-map');
    if (!container || typeof window.L === 'undefined' || !window.L.map) return;
    var points = readPoints(container);
    if (points.length === 0) return;

    var tileUrl = container.getAttribute('data-tile-url') || '';
    // Leaflet inserts attributions as HTML: pass the configured text escaped.
    var attribution = document.createElement('span');
    attribution.textContent = container.getAttribute('data-tile-attribution') || '';

    var map;
    try {
      map = L.map(container, { scrollWheelZoom: false, keyboard: true });
    } catch (error) {
      if (window.console) window.console.error(error);
      return;
    }
    var fallbacks = container.querySelectorAll('[data-map-fallback]');
    for (var i = 0; i < fallbacks.length; i += 1) fallbacks[i].parentNode.removeChild(fallbacks[i]);

    if (tileUrl) {
      var tiles = L.tileLayer(tileUrl, { attribution: attribution.innerHTML, maxZoom: 19 });
      tiles.on('tileerror', function () {
        showTileWarning(container);
      });
      tiles.addTo(map);
    }

    var bounds = [];
    // Drawn from the lowest score up, so that the best communes are on top.
    points
      .slice()
      .sort(function (a, b) {
        return a.score - b.score;
      })
      .forEach(function (point) {
        var level = levelOf(point.score);
        var marker = L.circleMarker([point.lat, point.lon], {
          radius: 9,
          color: '#ffffff',
          weight: 2,
          fillColor: level.color,
          fillOpacity: 0.9,
          className: 'results-map__marker results-map__marker--' + level.label,
        });
        marker.bindPopup(popupOf(point));
        marker.bindTooltip(point.nom + ' : ' + point.score + '/100', { direction: 'top', offset: [0, -8] });
        marker.addTo(map);
        bounds.push([point.lat, point.lon]);
      });

    if (bounds.length === 1) {
      map.setView(bounds[0], 11);
    } else {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 12 });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
