// The zoning page: restoring a version asks for confirmation in the page's DSFR modal (not
// window.confirm), and an import shows that it is running (checking every line of a large file
// takes a while). Without JavaScript both forms are sent as they are.
(function () {
  'use strict';
  var modal = document.getElementById('zonage-confirmation');
  var question = modal && modal.querySelector('[data-confirm-question]');
  var accept = modal && modal.querySelector('[data-confirm-accept]');
  var pending = null;

  function open(form) {
    if (!modal || !question || !accept || typeof window.dsfr !== 'function') return false;
    pending = form;
    question.textContent = form.getAttribute('data-confirm');
    window.dsfr(modal).modal.disclose();
    return true;
  }

  if (accept)
    accept.addEventListener('click', function () {
      // form.submit() sends the form without a new submit event.
      if (pending) pending.submit();
    });
  if (modal)
    modal.addEventListener('dsfr.conceal', function () {
      var button = pending && pending.querySelector('button[type="submit"]');
      if (button) button.focus();
    });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.hasAttribute('data-confirm')) {
      if (open(form)) event.preventDefault();
      return;
    }
    var running = form.getAttribute('data-running');
    if (running) {
      var status = document.getElementById(form.getAttribute('data-running-status'));
      var submit = form.querySelector('button[type="submit"]');
      if (submit) {
        submit.disabled = true;
        submit.setAttribute('aria-disabled', 'true');
      }
      if (status) {
        status.textContent = running;
        status.hidden = false;
      }
    }
  });
})();
