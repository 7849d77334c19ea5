// The project form's children: only the rows in use and one empty row show, and « Ajouter un
// enfant » shows the next one (six rows without JavaScript). A hidden row is empty: nothing is lost.
(function () {
  'use strict';
  var add = document.querySelector('[data-child-add]');
  if (!add) return;
  var rows = {};
  Array.prototype.forEach.call(document.querySelectorAll('[data-child-row]'), function (element) {
    var row = Number(element.getAttribute('data-child-row'));
    (rows[row] = rows[row] || []).push(element);
  });
  var numbers = Object.keys(rows)
    .map(Number)
    .sort(function (a, b) {
      return a - b;
    });

  function used(row) {
    return rows[row].some(function (element) {
      var field = element.querySelector('input, select');
      return field && (field.value !== '' || field.getAttribute('aria-invalid') === 'true');
    });
  }

  var shown = 1;
  numbers.forEach(function (row) {
    if (used(row)) shown = Math.max(shown, row);
  });

  function show(count) {
    numbers.forEach(function (row) {
      rows[row].forEach(function (element) {
        element.hidden = row > count;
      });
    });
    add.hidden = count >= numbers.length;
  }

  show(shown);
  add.querySelector('button').addEventListener('click', function () {
    shown += 1;
    show(shown);
    var field = rows[shown] && rows[shown][0].querySelector('select, input');
    if (field) field.focus();
  });
})();
