// Proportional circles of the dashboard's départements (Leaflet): the surface of each circle is
// proportional to the chosen figure. The "Par département" table is the list equivalent.
(function () {
  'use strict';

  function init() {
    var container = document.getElementById('dashboard-map');
    var select = document.getElementById('carte-chiffre');
    if (!container || !select || typeof window.L === 'undefined') return;
    var data;
    try {
      data = JSON.parse(container.getAttribute('data-map'));
    } catch {
      return;
    }
    if (!data.points.length) return;
    data.figures.forEach(function (figure) {
      var option = document.createElement('option');
      option.value = figure.key;
      option.textContent = figure.label;
      select.appendChild(option);
    });
    var fallback = container.querySelector('[data-map-fallback]');
    if (fallback) fallback.remove();
    var attribution = document.createElement('span');
    attribution.textContent = container.getAttribute('data-tile-attribution') || '';
    var map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer(container.getAttribute('data-tile-url'), {
      attribution: attribution.innerHTML,
      maxZoom: 12,
    }).addTo(map);
    map.fitBounds(
      data.points.map(function (point) {
        return [point.lat, point.lon];
      }),
      { padding: [30, 30], maxZoom: 9 },
    );
    var layer = L.layerGroup().addTo(map);

    function drawCircles() {
      layer.clearLayers();
      var key = select.value;
      var max = Math.max.apply(
        null,
        data.points
          .map(function (point) {
            return point.values[key] || 0;
          })
          .concat([1]),
      );
      data.points.forEach(function (point) {
        var value = point.values[key];
        if (value === null || value === 0) return;
        L.circleMarker([point.lat, point.lon], {
          radius: 4 + 26 * Math.sqrt(value / max),
          color: '#000091',
          fillColor: '#6a6af4',
          fillOpacity: 0.5,
          weight: 1,
        })
          .bindTooltip(point.nom + ' : ' + value)
          .addTo(layer);
      });
    }
    select.addEventListener('change', drawCircles);
    drawCircles();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
