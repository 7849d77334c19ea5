// Draws a Chart.js chart above each dashboard table marked data-chart, from the table itself (the
// table stays the accessible equivalent), with the same published (perturbed) figures.
(function () {
  'use strict';
  var COLOURS = ['#000091', '#e1000f', '#18753c', '#b34000', '#6a6af4', '#a94645', '#716043'];

  function numberOf(cell) {
    var text = cell.textContent.replace(/[\s\u00a0\u202f]/g, '');
    return /^\d+$/.test(text) ? Number(text) : null;
  }

  function draw(table) {
    var holder = document.querySelector('[data-chart-for="' + table.id + '"]');
    if (!holder || typeof window.Chart === 'undefined') return;
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1);
    if (table.hasAttribute('data-chart-skip-last')) headers = headers.slice(0, -1);
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr:not([data-total])'));
    var datasets = headers.map(function (header, column) {
      return {
        label: header.textContent,
        backgroundColor: COLOURS[column % COLOURS.length],
        data: rows.map(function (row) {
          return numberOf(row.querySelectorAll('td')[column]);
        }),
      };
    });
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute(
      'aria-label',
      'Graphique : ' + table.querySelector('caption').textContent + ' (données dans le tableau ci-dessous)',
    );
    holder.appendChild(canvas);
    var stacked = table.getAttribute('data-chart') === 'stacked';
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (row) {
          return row.querySelector('th').textContent;
        }),
        datasets: datasets,
      },
      options: {
        responsive: true,
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true } },
      },
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), draw);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
