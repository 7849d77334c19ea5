// The ARS zoning as an optional layer of the public map (/carte): off by default; when switched on
// in the layers control, it reads /carte/zonage.json for the profession chosen in the filters (the
// zoning is per profession; general practitioners when none is chosen) and the région, draws one
// coloured circle per zoned commune, and lists the same communes under the map (its text equivalent).
(function () {
  'use strict';

  var DEFAULT_PROFESSION = 'medecin-generaliste';
  /** Darker for the most under-served zones; every colour keeps a dark outline for contrast. */
  var COLOURS = {
    zip: '#ce0500',
    'tres-sous-dotee': '#ce0500',
    zac: '#b34000',
    'sous-dotee': '#b34000',
    intermediaire: '#695240',
    'tres-dotee': '#0063cb',
    'sur-dotee': '#3a3a3a',
  };

  function valueOf(id) {
    var field = document.getElementById(id);
    return field && field.value ? field.value : '';
  }

  function init() {
    var offersMap = window.accueilSanteOffersMap;
    var section = document.getElementById('zonage-carte');
    if (!offersMap || !section || !window.L) return;
    var L = window.L;
    var layer = L.layerGroup();
    var visible = false;
    var status = document.getElementById('zonage-carte-statut');
    var list = document.getElementById('zonage-carte-liste');

    function show(data) {
      layer.clearLayers();
      list.textContent = '';
      var labels = {};
      (data.zones || []).forEach(function (zone) {
        labels[zone.code] = zone.label;
      });
      var points = Array.isArray(data.points) ? data.points : [];
      points.forEach(function (point) {
        if (!isFinite(point.lat) || !isFinite(point.lon)) return;
        var label = point.nom + ' : ' + (labels[point.zone] || point.zone);
        L.circleMarker([point.lat, point.lon], {
          radius: 6,
          color: '#161616',
          weight: 1,
          fillColor: COLOURS[point.zone] || '#666666',
          fillOpacity: 0.85,
        })
          .bindPopup(label)
          .addTo(layer);
        var item = document.createElement('li');
        item.textContent = label;
        list.appendChild(item);
      });
      status.textContent = points.length
        ? points.length +
          (points.length > 1 ? ' communes zonées' : ' commune zonée') +
          ' pour cette profession.'
        : 'Aucun zonage importé pour cette profession et ce territoire.';
    }

    function load() {
      if (!visible) return;
      var query = new URLSearchParams({ profession: valueOf('profession') || DEFAULT_PROFESSION });
      if (valueOf('region')) query.set('region', valueOf('region'));
      status.textContent = 'Chargement du zonage…';
      fetch('/carte/zonage.json?' + query.toString(), { headers: { accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(show)
        .catch(function () {
          status.textContent = 'Le zonage n’a pas pu être chargé.';
        });
    }

    offersMap.map.on('overlayadd', function (event) {
      if (event.layer !== layer) return;
      visible = true;
      section.hidden = false;
      load();
    });
    offersMap.map.on('overlayremove', function (event) {
      if (event.layer !== layer) return;
      visible = false;
      section.hidden = true;
    });
    ['profession', 'region'].forEach(function (id) {
      var field = document.getElementById(id);
      if (field) field.addEventListener('change', load);
    });
    offersMap.addOverlay('Zonage des ARS', layer, false);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
