// A long checkbox group (fieldset[data-multiselect]) becomes a combobox with multiple choice: typing
// filters the list, Enter or a click ticks an option, the chosen ones show as removable DSFR tags.
// The checkboxes stay the form's fields (hidden, still sent): without JavaScript the plain list shows.
// ARIA: combobox with a multi-selectable listbox (aria-activedescendant), a live region for changes.
(function () {
  'use strict';
  var counter = 0;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function normalise(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  }

  function enhance(fieldset) {
    counter += 1;
    var id = 'multiselect-' + counter;
    var legend = fieldset.querySelector('legend');
    var name = legend ? legend.firstChild.textContent.trim() : '';
    var options = Array.prototype.map.call(
      fieldset.querySelectorAll('input[type="checkbox"]'),
      function (checkbox) {
        var label = fieldset.querySelector('label[for="' + checkbox.id + '"]');
        checkbox.closest('.fr-fieldset__element').hidden = true;
        return { checkbox: checkbox, label: label ? label.textContent.trim() : checkbox.value };
      },
    );

    var wrapper = element('div', 'fr-fieldset__element multiselect');
    var tags = element('ul', 'fr-tags-group multiselect__tags');
    tags.setAttribute('aria-label', 'Choix retenus : ' + name);
    var group = element('div', 'fr-input-group multiselect__field');
    var label = element('label', 'fr-label', 'Ajouter : tapez pour filtrer la liste');
    label.htmlFor = id + '-input';
    var input = element('input', 'fr-input');
    input.type = 'text';
    input.id = id + '-input';
    input.autocomplete = 'off';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id + '-list');
    var list = element('ul', 'multiselect__list');
    list.id = id + '-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-multiselectable', 'true');
    list.setAttribute('aria-label', name);
    list.hidden = true;
    var live = element('p', 'fr-sr-only');
    live.setAttribute('aria-live', 'polite');
    group.appendChild(label);
    group.appendChild(input);
    group.appendChild(list);
    wrapper.appendChild(tags);
    wrapper.appendChild(group);
    wrapper.appendChild(live);
    var firstElement = fieldset.querySelector('.fr-fieldset__element');
    fieldset.insertBefore(wrapper, firstElement);

    var shown = [];
    var active = -1;

    options.forEach(function (option, index) {
      var item = element('li', 'multiselect__option', option.label);
      item.id = id + '-option-' + index;
      item.setAttribute('role', 'option');
      item.addEventListener('mousedown', function (event) {
        event.preventDefault(); // keep the focus in the field
      });
      item.addEventListener('click', function () {
        toggle(option);
        input.focus();
      });
      option.item = item;
      list.appendChild(item);
    });

    function renderTags() {
      tags.textContent = '';
      options.forEach(function (option) {
        option.item.setAttribute('aria-selected', String(option.checkbox.checked));
        if (!option.checkbox.checked) return;
        var li = element('li');
        var tag = element('button', 'fr-tag fr-tag--sm fr-tag--dismiss', option.label);
        tag.type = 'button';
        tag.setAttribute('aria-label', 'Retirer ' + option.label);
        tag.addEventListener('click', function () {
          toggle(option);
          input.focus();
        });
        li.appendChild(tag);
        tags.appendChild(li);
      });
      tags.hidden = tags.children.length === 0;
    }

    function toggle(option) {
      option.checkbox.checked = !option.checkbox.checked;
      live.textContent = option.label + (option.checkbox.checked ? ' ajouté' : ' retiré');
      renderTags();
    }

    function setActive(index) {
      if (active >= 0 && shown[active]) shown[active].item.classList.remove('multiselect__option--active');
      active = index;
      var option = shown[active];
      if (option) {
        option.item.classList.add('multiselect__option--active');
        input.setAttribute('aria-activedescendant', option.item.id);
        option.item.scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    }

    function open() {
      var query = normalise(input.value.trim());
      shown = options.filter(function (option) {
        var match = query === '' || normalise(option.label).indexOf(query) !== -1;
        option.item.hidden = !match;
        return match;
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      setActive(-1);
      live.textContent = shown.length + ' choix dans la liste';
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }

    input.addEventListener('input', open);
    input.addEventListener('focus', function () {
      if (input.value) open();
    });
    input.addEventListener('blur', close);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) open();
        setActive(Math.min(active + 1, shown.length - 1));
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        setActive(Math.max(active - 1, 0));
      } else if (event.key === 'Enter') {
        // Enter chooses; it never sends the form from this field.
        event.preventDefault();
        if (!list.hidden && shown[active]) toggle(shown[active]);
        else if (!list.hidden && shown.length === 1) toggle(shown[0]);
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      }
    });

    renderTags();
  }

  Array.prototype.forEach.call(document.querySelectorAll('fieldset[data-multiselect]'), enhance);
})();
