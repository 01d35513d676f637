// The list-page kit's behaviour (docs/ui-kit.md). No inline handlers anywhere (CSP script-src 'self'):
// everything is delegated from the document to elements marked with data attributes.
(function () {
  'use strict';

  // Region picker: a select per level. Choosing a division sets the hidden `region` field at once (the
  // filter form's own change handler then sends it), and the picker is asked again for the level under it.
  document.addEventListener('change', function (event) {
    var select = event.target.closest ? event.target.closest('select[data-region-level]') : null;
    if (!select) {
      return;
    }
    var picker = select.closest('[data-region-picker]');
    var hidden = picker.querySelector('input[name="region"]');
    hidden.value = select.value;
    var level = Number(select.dataset.level);
    picker.querySelectorAll('select[data-region-level]').forEach(function (other) {
      if (Number(other.dataset.level) > level) {
        other.remove();
      }
    });
    fetch(picker.dataset.url + '?region=' + encodeURIComponent(select.value), {
      headers: { 'HX-Request': 'true' }, credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (!html || hidden.value !== select.value) {
        return;
      }
      var template = document.createElement('template');
      template.innerHTML = html.trim();
      var fresh = template.content.querySelector('[data-region-picker]');
      if (fresh) {
        var focused = document.activeElement === select ? level : -1;
        picker.replaceWith(fresh);
        if (focused >= 0) {
          var again = fresh.querySelector('select[data-level="' + focused + '"]');
          if (again) {
            again.focus();
          }
        }
      }
    });
  }, true);

  // A select that chooses what the rest of the page shows submits its form when it changes (GET forms).
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches && target.matches('[data-submit-on-change]') && target.form) {
      target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
  });

  // Clamped free text: a click or Enter shows it whole, again folds it.
  function toggleClamp(element) {
    element.classList.toggle('text-clamp-open');
    element.setAttribute('aria-expanded', element.classList.contains('text-clamp-open') ? 'true' : 'false');
  }
  document.addEventListener('click', function (event) {
    var clamp = event.target.closest ? event.target.closest('[data-clamp]') : null;
    if (clamp && !event.target.closest('a')) {
      toggleClamp(clamp);
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.matches && event.target.matches('[data-clamp]')) {
      toggleClamp(event.target);
    }
  });

  // Searchable pickers: type, the console's JSON endpoint answers [{id, label, hint}] in the user's scope.
  var timers = new WeakMap();

  function pickerOf(element) {
    return element.closest ? element.closest('[data-search-picker]') : null;
  }

  function options(picker) {
    return Array.prototype.slice.call(picker.querySelectorAll('[role="option"]'));
  }

  function close(picker) {
    var list = picker.querySelector('[role="listbox"]');
    list.classList.remove('show');
    picker.querySelector('[data-picker-input]').setAttribute('aria-expanded', 'false');
  }

  function addChip(picker, option) {
    var chips = picker.querySelector('[data-picker-chips]');
    var exists = Array.prototype.some.call(chips.querySelectorAll('input[type="hidden"]'), function (hidden) {
      return hidden.value === option.dataset.value;
    });
    if (exists) {
      return;
    }
    var chip = document.createElement('span');
    chip.className = 'badge bg-blue-lt picker-chip';
    chip.setAttribute('data-picker-chip', '');
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = picker.dataset.name;
    hidden.value = option.dataset.value;
    var label = document.createElement('span');
    label.textContent = option.dataset.label;
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn-close';
    remove.setAttribute('data-picker-remove', '');
    remove.setAttribute('aria-label', picker.dataset.remove + ' ' + option.dataset.label);
    chip.appendChild(hidden);
    chip.appendChild(label);
    chip.appendChild(remove);
    chips.appendChild(chip);
    hidden.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function choose(picker, option) {
    if (picker.hasAttribute('data-multiple')) {
      addChip(picker, option);
      picker.querySelector('[data-picker-input]').value = '';
      close(picker);
      return;
    }
    var hidden = picker.querySelector('[data-picker-value]');
    var input = picker.querySelector('[data-picker-input]');
    hidden.value = option.dataset.value;
    input.value = option.dataset.label;
    close(picker);
    hidden.dispatchEvent(new Event('change', { bubbles: true }));
    if (picker.closest('[data-submit-on-pick]') && hidden.form) {
      hidden.form.requestSubmit ? hidden.form.requestSubmit() : hidden.form.submit();
    }
  }

  function render(picker, items, more) {
    var list = picker.querySelector('[role="listbox"]');
    var input = picker.querySelector('[data-picker-input]');
    list.textContent = '';
    if (items.length === 0) {
      var none = document.createElement('span');
      none.className = 'dropdown-item disabled';
      none.textContent = list.dataset.empty;
      list.appendChild(none);
    }
    items.forEach(function (item, index) {
      var option = document.createElement('button');
      option.type = 'button';
      option.className = 'dropdown-item d-block text-wrap';
      option.setAttribute('role', 'option');
      option.id = list.id + '-' + index;
      option.dataset.value = item.id;
      option.dataset.label = item.label;
      option.textContent = item.label;
      if (item.hint) {
        var hint = document.createElement('span');
        hint.className = 'small text-secondary ms-2';
        hint.textContent = item.hint;
        option.appendChild(hint);
      }
      list.appendChild(option);
    });
    if (more) {
      var tail = document.createElement('span');
      tail.className = 'dropdown-item disabled small';
      tail.textContent = list.dataset.more;
      list.appendChild(tail);
    }
    list.classList.add('show');
    input.setAttribute('aria-expanded', 'true');
  }

  function search(picker) {
    var input = picker.querySelector('[data-picker-input]');
    var url = picker.dataset.url + (picker.dataset.url.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(input.value.trim());
    // A picker that depends on another choice (the workers of the employer chosen) names its inputs.
    var holder = picker.closest('[data-include-from]');
    var include = picker.dataset.include || (holder && holder.dataset.includeFrom);
    if (include) {
      document.querySelectorAll(include).forEach(function (other) {
        if (other.name && other.value) {
          url += '&' + encodeURIComponent(other.name) + '=' + encodeURIComponent(other.value);
        }
      });
    }
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { items: [], more: false }; })
      .then(function (answer) {
        if (input.value.trim() === (new URL(url, location.href)).searchParams.get('q')) {
          render(picker, answer.items, answer.more);
        }
      });
  }

  document.addEventListener('input', function (event) {
    if (!event.target.matches || !event.target.matches('[data-picker-input]')) {
      return;
    }
    var picker = pickerOf(event.target);
    var single = picker.querySelector('[data-picker-value]');
    if (single) {
      single.value = '';
    }
    clearTimeout(timers.get(picker));
    timers.set(picker, setTimeout(function () { search(picker); }, 250));
  });

  // A click into an empty box offers the first records at once (focus alone does not: a list opening
  // over the page when the box is tabbed into, or focused again after a choice, hides what is below).
  document.addEventListener('click', function (event) {
    if (event.target.matches && event.target.matches('[data-picker-input]')) {
      var picker = pickerOf(event.target);
      if (event.target.value === '' && !picker.querySelector('[role="listbox"]').classList.contains('show')) {
        search(picker);
      }
    }
  });

  document.addEventListener('click', function (event) {
    var remove = event.target.closest ? event.target.closest('[data-picker-remove]') : null;
    if (remove) {
      var chip = remove.closest('[data-picker-chip]');
      var form = chip.closest('form');
      var owner = pickerOf(chip);
      chip.remove();
      owner.querySelector('[data-picker-input]').focus();
      if (form) {
        form.dispatchEvent(new Event('change', { bubbles: true }));
      }
      return;
    }
    var option = event.target.closest ? event.target.closest('[data-search-picker] [role="option"]') : null;
    if (option) {
      event.preventDefault();
      choose(pickerOf(option), option);
      return;
    }
    document.querySelectorAll('[data-search-picker]').forEach(function (picker) {
      if (!picker.contains(event.target)) {
        close(picker);
      }
    });
  });

  document.addEventListener('keydown', function (event) {
    var picker = pickerOf(event.target);
    if (!picker) {
      return;
    }
    var all = options(picker);
    var current = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && event.target.matches('[data-picker-input]')
        && !picker.querySelector('[role="listbox"]').classList.contains('show')) {
      event.preventDefault();
      search(picker);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (all.length) {
        var next = event.key === 'ArrowDown' ? Math.min(current + 1, all.length - 1) : current - 1;
        if (next < 0) {
          picker.querySelector('[data-picker-input]').focus();
        } else {
          all[next].focus();
        }
      }
    } else if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      choose(picker, all[current]);
      picker.querySelector('[data-picker-input]').focus();
    } else if (event.key === 'Enter' && event.target.matches('[data-picker-input]')) {
      // Enter in the search box chooses the only match, and never submits a half-chosen form.
      event.preventDefault();
      if (all.length === 1) {
        choose(picker, all[0]);
      }
    } else if (event.key === 'Escape') {
      close(picker);
      picker.querySelector('[data-picker-input]').focus();
    }
  });
})();

// A sort header's link carries the new order; the filter bar keeps it, so filtering after sorting keeps
// the order (the bar itself is not swapped with the results).
document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('.sortable-header a') : null;
  if (!link) {
    return;
  }
  var sort = new URL(link.getAttribute('href'), location.href).searchParams.get('sort');
  document.querySelectorAll('form[data-filter-bar] input[name="sort"]').forEach(function (input) {
    input.value = sort || '';
  });
});
