// Commune suggestions for inputs tied to <datalist data-commune-autocomplete> (progressive
// enhancement: without JavaScript the server resolves what was typed, e.g. "Dole (39)" or a code).
(function () {
  'use strict';

  var DELAY_MS = 150;

  function attach(datalist) {
    var input = document.querySelector('input[list="' + datalist.id + '"]');
    if (!input || !window.fetch) return;
    var timer = null;
    var lastQuery = '';

    function fill(results) {
      while (datalist.firstChild) datalist.removeChild(datalist.firstChild);
      results.forEach(function (commune) {
        var option = document.createElement('option');
        option.value = commune.label;
        option.textContent = commune.codesPostaux.join(', ') + ' – ' + commune.departementNom;
        datalist.appendChild(option);
      });
    }

    input.addEventListener('input', function () {
      var query = input.value.trim();
      clearTimeout(timer);
      if (query.length < 2 || query === lastQuery || /\(\w{2,3}\)$/.test(query)) return;
      timer = setTimeout(function () {
        lastQuery = query;
        fetch('/api/communes?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
          .then(function (response) {
            return response.ok ? response.json() : { results: [] };
          })
          .then(function (body) {
            if (input.value.trim() === query) fill(body.results || []);
          })
          .catch(function () {
            // Suggestions are a convenience: typing the name or code still works.
          });
      }, DELAY_MS);
    });
  }

  function init() {
    var lists = document.querySelectorAll('datalist[data-commune-autocomplete]');
    for (var i = 0; i < lists.length; i += 1) attach(lists[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
