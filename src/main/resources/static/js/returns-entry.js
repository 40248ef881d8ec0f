// The entry page of a monthly return. Keyboard moves, an unsaved copy of the typing kept
// in this browser (restored after an expired session or a closed tab), and the session kept
// alive while there is unsaved typing. No figure is computed here: the derived rows and
// the checks come from the server (htmx posts the form to the preview endpoint).
(function () {
  'use strict';
  const form = document.getElementById('entry-form');
  if (!form || form.dataset.editable !== 'true') {
    return;
  }
  const KEEPALIVE_EVERY_MS = 300000;
  // a copy per user: on a shared office computer nobody else's typing is offered back
  const user = document.querySelector('meta[name="thads-user"]');
  const key = form.dataset.draftKey + '@' + (user ? user.content : '');
  const explanation = document.getElementById('explanation');
  const inputs = Array.from(form.querySelectorAll('input.figure'))
    .sort(function (a, b) { return (a.tabIndex > b.tabIndex) ? 1 : -1; });
  const fields = explanation ? inputs.concat([explanation]) : inputs;
  let dirty = false;

  function typed() {
    const values = {};
    fields.forEach(function (field) { values[field.name] = field.value; });
    return values;
  }

  function store() {
    try {
      localStorage.setItem(key, JSON.stringify(typed()));
    } catch (e) {
      // storage full or disabled: the page still works, without the safety copy
    }
  }

  function stored() {
    try {
      return JSON.parse(localStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }

  function forget() {
    try {
      localStorage.removeItem(key);
    } catch (e) {
      // nothing to forget
    }
  }

  function byName(name) {
    return fields.find(function (field) { return field.name === name; });
  }

  function differs(copy) {
    return Object.keys(copy).some(function (name) {
      const field = byName(name);
      return field && field.value !== copy[name];
    });
  }

  function expired() {
    document.getElementById('session-expired').classList.remove('d-none');
  }

  // Enter moves down the column like Tab does; focusing a figure selects it for overtyping
  inputs.forEach(function (input) {
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        const next = inputs.find(function (other) { return other.tabIndex > input.tabIndex; });
        (next || explanation || input).focus();
      }
    });
    input.addEventListener('focus', function () { input.select(); });
  });
  fields.forEach(function (field) {
    field.addEventListener('input', function () {
      dirty = true;
      store();
    });
  });

  if (form.dataset.clearDraft === 'true') {
    forget();
  } else {
    const copy = stored();
    const banner = document.getElementById('draft-restore');
    if (copy && differs(copy)) {
      banner.classList.remove('d-none');
      document.getElementById('draft-restore-yes').addEventListener('click', function () {
        Object.keys(copy).forEach(function (name) {
          const field = byName(name);
          if (field) {
            field.value = copy[name];
          }
        });
        banner.classList.add('d-none');
        dirty = true;
        // let the server recompute the derived rows and checks of the restored figures
        inputs[0].dispatchEvent(new Event('input', { bubbles: true }));
      });
      document.getElementById('draft-restore-no').addEventListener('click', function () {
        forget();
        banner.classList.add('d-none');
      });
    }
  }
  document.querySelectorAll('[data-discard-draft]').forEach(function (link) {
    link.addEventListener('click', forget);
  });

  setInterval(function () {
    if (dirty) {
      fetch(form.dataset.keepalive, { credentials: 'same-origin', redirect: 'manual' }).then(function (response) {
        if (response.type === 'opaqueredirect' || !response.ok) {
          expired();
        }
      });
    }
  }, KEEPALIVE_EVERY_MS);

  // a preview answered by the sign-in page means the session has expired
  document.body.addEventListener('htmx:afterRequest', function (event) {
    const xhr = event.detail.xhr;
    if (xhr && xhr.responseURL && xhr.responseURL.indexOf('/login') >= 0) {
      expired();
    }
  });

  // a conflict is read first; else the first figure in error, else the first figure
  const conflict = document.getElementById('conflict');
  const firstProblem = inputs.find(function (input) {
    return input.closest('td').querySelector('.msg-error');
  });
  (firstProblem || inputs[0]).focus({ preventScroll: Boolean(conflict) });
  if (conflict) {
    conflict.scrollIntoView();
  }
})();
