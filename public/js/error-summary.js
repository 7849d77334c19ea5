// Moves the focus to a form's error summary when the page shows one (RGAA: the person learns at once
// that the form was refused and can follow a link to each field in error). Its links then focus the
// field itself, not just scroll to it.
(function () {
  'use strict';
  var summary = document.querySelector('[data-error-summary]');
  if (!summary) return;
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    if (!link) return;
    var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!target) return;
    var field = target.matches('input, select, textarea, button')
      ? target
      : target.querySelector('input, select, textarea, button');
    if (!field) return;
    event.preventDefault();
    // A field in a closed accordion section: open the section first.
    var section = target.closest('.fr-collapse');
    if (section && !section.classList.contains('fr-collapse--expanded') && typeof window.dsfr === 'function')
      window.dsfr(section).collapse.disclose();
    field.focus();
    target.scrollIntoView({ block: 'center' });
  });
})();
