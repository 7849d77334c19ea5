// Public map of the communes with published offers (/carte), a progressive enhancement of the page:
// without JavaScript the filter form submits and the server lists every commune. With it, the data
// comes from the JSON endpoint named by #offers-map's data-src; markers are clustered and styled by
// the offer types present (the letters of the legend); the list under the map follows the visible
// area; a filter change updates the URL, the markers and the list without reloading the page.
// Extra layers (e.g. zoning) plug in through window.accueilSanteOffersMap.addOverlay(name, layer).
(function () {
  'use strict';

  var FRANCE = { center: [46.6, 2.4], zoom: 6 };
  /** Longest list under the map: zoom in to see the others. */
  var LIST_MAX = 100;
  var numberFormat = new Intl.NumberFormat('fr-FR');

  function plural(count, singular, pluralForm) {
    return numberFormat.format(count) + ' ' + (count > 1 ? pluralForm : singular);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function chip(type) {
    var node = element('span', 'offers-map-chip offers-map-chip--' + type.code, type.letter);
    node.setAttribute('aria-hidden', 'true');
    return node;
  }

  /** Rows of the JSON ([code, nom, departement, latitude, longitude, counts]) as objects. */
  function readCommunes(data) {
    if (!data || !Array.isArray(data.communes) || !Array.isArray(data.types)) return [];
    return data.communes
      .filter(function (row) {
        return Array.isArray(row) && isFinite(row[3]) && isFinite(row[4]) && Array.isArray(row[5]);
      })
      .map(function (row) {
        var offers = [];
        data.types.forEach(function (type, index) {
          if (row[5][index] > 0) offers.push({ type: type, count: row[5][index] });
        });
        return {
          code: String(row[0]),
          nom: String(row[1]),
          departement: String(row[2]),
          lat: row[3],
          lon: row[4],
          offers: offers,
        };
      });
  }

  function summaryOf(commune) {
    return commune.offers
      .map(function (offer) {
        return offer.type.label + ' : ' + offer.count;
      })
      .join(', ');
  }

  // Built with textContent everywhere: names are never read as HTML.
  function popupOf(commune) {
    var content = element('div', 'offers-map__popup');
    content.appendChild(element('strong', '', commune.nom + ' (' + commune.departement + ')'));
    var offers = element('ul', 'fr-raw-list');
    commune.offers.forEach(function (offer) {
      var item = element('li');
      item.appendChild(chip(offer.type));
      item.appendChild(document.createTextNode(' ' + offer.type.label + ' : ' + offer.count));
      offers.appendChild(item);
    });
    content.appendChild(offers);
    var link = element('a', '', 'Voir la commune et ses offres');
    link.href = '/communes/' + encodeURIComponent(commune.code);
    content.appendChild(link);
    return content;
  }

  function iconOf(commune) {
    var html = element('span', 'offers-map__chips');
    commune.offers.forEach(function (offer) {
      html.appendChild(chip(offer.type));
    });
    var width = 6 + 15 * commune.offers.length;
    return L.divIcon({
      className: 'offers-map__marker',
      html: html,
      iconSize: [width, 22],
      iconAnchor: [width / 2, 11],
    });
  }

  function init() {
    var container = document.getElementById('offers-map');
    var form = document.getElementById('carte-filtres');
    var list = document.getElementById('offers-map-list');
    var count = document.getElementById('offers-map-count');
    var problem = document.getElementById('offers-map-problem');
    var pages = document.getElementById('offers-map-pagination');
    if (!container || !form || !list || !count || typeof window.L === 'undefined' || !L.markerClusterGroup)
      return;

    var map;
    try {
      map = L.map(container, {
        center: FRANCE.center,
        zoom: FRANCE.zoom,
        scrollWheelZoom: false,
        keyboard: true,
      });
    } catch (error) {
      if (window.console) window.console.error(error);
      return;
    }
    var fallbacks = container.querySelectorAll('[data-map-fallback]');
    for (var i = 0; i < fallbacks.length; i += 1) fallbacks[i].parentNode.removeChild(fallbacks[i]);

    var baseLayers = {};
    var tileUrl = container.getAttribute('data-tile-url') || '';
    if (tileUrl) {
      // Leaflet inserts attributions as HTML: pass the configured text escaped.
      var attribution = element('span', '', container.getAttribute('data-tile-attribution') || '');
      var tiles = L.tileLayer(tileUrl, { attribution: attribution.innerHTML, maxZoom: 19 });
      tiles.on('tileerror', function () {
        showProblem(
          'Le fond de carte n’a pas pu être chargé entièrement. Les communes restent placées sur la carte et listées ci-dessous.',
        );
      });
      tiles.addTo(map);
      baseLayers['Plan'] = tiles;
    }
    var cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      chunkedLoading: true,
      iconCreateFunction: clusterIcon,
    });
    cluster.addTo(map);
    var layers = L.control
      .layers(baseLayers, { 'Communes ayant des offres': cluster }, { collapsed: true })
      .addTo(map);

    var state = { communes: [], markers: {}, total: { communes: 0, offers: 0 }, framed: false, request: 0 };

    // markercluster's own icon, named « 3 communes » for assistive technologies (each marker is a commune).
    function clusterIcon(group) {
      var count = group.getChildCount();
      var size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
      var html = element('div', '');
      html.appendChild(element('span', '', String(count))).setAttribute('aria-hidden', 'true');
      html.appendChild(element('span', 'fr-sr-only', count + (count > 1 ? ' communes' : ' commune')));
      return L.divIcon({
        html: html.outerHTML,
        className: 'marker-cluster marker-cluster-' + size,
        iconSize: L.point(40, 40),
      });
    }

    function showProblem(message) {
      if (!problem) return;
      problem.textContent = message;
      problem.hidden = !message;
    }

    function queryOfForm() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (value !== '') params.append(name, String(value));
      });
      return params.toString();
    }

    function formFromUrl() {
      var params = new URLSearchParams(window.location.search);
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!field.name) return;
        if (field.type === 'checkbox') field.checked = params.getAll(field.name).indexOf(field.value) !== -1;
        else if (field.tagName === 'SELECT') field.value = params.get(field.name) || '';
      });
    }

    function showOnMap(code) {
      var marker = state.markers[code];
      if (!marker) return;
      // markercluster loses a request made while a zoom animates: ask again once the map has settled.
      if (map._animatingZoom) {
        map.once('moveend', function () {
          showOnMap(code);
        });
        return;
      }
      cluster.zoomToShowLayer(marker, function () {
        marker.openPopup();
      });
    }

    function listItem(commune) {
      var item = element('li', 'offers-map-list__item');
      item.setAttribute('data-code', commune.code);
      var link = element('a', '', commune.nom);
      link.href = '/communes/' + encodeURIComponent(commune.code);
      item.appendChild(link);
      item.appendChild(document.createTextNode(' (' + commune.departement + ') '));
      var types = element('span', 'offers-map-list__types');
      commune.offers.forEach(function (offer) {
        var type = element('span', 'offers-map-list__type');
        type.appendChild(chip(offer.type));
        type.appendChild(document.createTextNode(' ' + offer.type.label + ' : ' + offer.count));
        types.appendChild(type);
      });
      item.appendChild(types);
      var show = element(
        'button',
        'fr-btn fr-btn--sm fr-btn--tertiary-no-outline offers-map-list__show',
        'Voir sur la carte',
      );
      show.type = 'button';
      show.setAttribute('data-show', commune.code);
      show.setAttribute('aria-label', 'Voir ' + commune.nom + ' sur la carte');
      item.appendChild(show);
      return item;
    }

    /** The communes of the visible area, most offers first (the data's order). */
    function renderList() {
      var bounds = map.getBounds();
      var visible = state.communes.filter(function (commune) {
        return bounds.contains([commune.lat, commune.lon]);
      });
      var focused = document.activeElement && document.activeElement.getAttribute('data-show');
      var fragment = document.createDocumentFragment();
      visible.slice(0, LIST_MAX).forEach(function (commune) {
        fragment.appendChild(listItem(commune));
      });
      list.replaceChildren(fragment);
      if (focused) {
        var again = list.querySelector('[data-show="' + focused + '"]');
        if (again) again.focus();
      }
      if (pages) pages.hidden = true;
      var text =
        state.total.communes === 0
          ? 'Aucune commune ne publie d’offre correspondant à ces critères.'
          : plural(visible.length, 'commune', 'communes') +
            ' dans la zone affichée, sur ' +
            plural(state.total.communes, 'commune', 'communes') +
            ' publiant ' +
            plural(state.total.offers, 'offre', 'offres') +
            ' correspondant à ces critères' +
            (visible.length > LIST_MAX
              ? ' ; les ' + LIST_MAX + ' qui ont le plus d’offres sont listées : zoomez pour voir les autres.'
              : '.');
      if (count.textContent !== text) count.textContent = text;
    }

    function show(data) {
      state.communes = readCommunes(data);
      state.total = { communes: state.communes.length, offers: Number(data.offerCount) || 0 };
      state.markers = {};
      var markers = state.communes.map(function (commune) {
        var marker = L.marker([commune.lat, commune.lon], {
          icon: iconOf(commune),
          title: commune.nom + ' : ' + summaryOf(commune),
          alt: commune.nom,
          keyboard: true,
        });
        marker.bindPopup(popupOf(commune));
        state.markers[commune.code] = marker;
        return marker;
      });
      cluster.clearLayers();
      cluster.addLayers(markers);
      var bounds = Array.isArray(data.bounds) ? data.bounds : null;
      // A chosen région or département frames the map; leaving it goes back to France.
      if (bounds) map.fitBounds(bounds, { padding: [16, 16] });
      else if (state.framed) map.setView(FRANCE.center, FRANCE.zoom);
      state.framed = Boolean(bounds);
      renderList();
    }

    function load() {
      var request = (state.request += 1);
      var query = queryOfForm();
      var src = container.getAttribute('data-src') || '/carte/donnees.json';
      window
        .fetch(src + (query ? '?' + query : ''), { headers: { Accept: 'application/json' } })
        .then(function (response) {
          return response.json().then(function (data) {
            return { ok: response.ok, data: data };
          });
        })
        .then(function (result) {
          if (request !== state.request) return;
          if (!result.ok) {
            var fields = (result.data && result.data.error && result.data.error.fields) || {};
            showProblem(
              Object.keys(fields)
                .map(function (key) {
                  return fields[key];
                })
                .join(' ') || 'Ces filtres sont invalides.',
            );
            return;
          }
          showProblem('');
          show(result.data);
        })
        .catch(function () {
          if (request === state.request)
            showProblem(
              'Les données de la carte n’ont pas pu être chargées. Rechargez la page pour réessayer.',
            );
        });
    }

    function applyFilters() {
      var query = queryOfForm();
      if (query !== window.location.search.replace(/^\?/, ''))
        window.history.pushState(null, '', window.location.pathname + (query ? '?' + query : ''));
      load();
    }

    map.on('moveend', renderList);
    form.addEventListener('change', applyFilters);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      applyFilters();
    });
    window.addEventListener('popstate', function () {
      formFromUrl();
      load();
    });
    list.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('[data-show]');
      if (button) showOnMap(button.getAttribute('data-show'));
    });

    window.accueilSanteOffersMap = {
      map: map,
      /** Adds a toggleable layer (e.g. zoning) to the layers control, shown or not at first. */
      addOverlay: function (name, layer, visible) {
        layers.addOverlay(layer, name);
        if (visible) layer.addTo(map);
      },
    };
    load();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
