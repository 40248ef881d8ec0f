// Behaviour shared by every page. No figures are computed here: numbers come from the server.
(function () {
  'use strict';

  // <form data-confirm="question">: ask before a consequential action (reset a password, ...)
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);

  // Signing out forgets the unsaved entry drafts kept in this browser (thads-return:...).
  // The sign-out answer also says Clear-Site-Data: "storage", which browsers honour only
  // over HTTPS (and on localhost); this covers an office LAN on plain HTTP.
  document.addEventListener('submit', function (event) {
    if (event.target.id !== 'sign-out' || event.defaultPrevented) {
      return;
    }
    try {
      Object.keys(localStorage).filter(function (key) {
        return key.indexOf('thads-return:') === 0;
      }).forEach(function (key) { localStorage.removeItem(key); });
    } catch (e) {
      // storage disabled: nothing was kept
    }
  });

  // <select data-autosubmit>: a filter that applies as soon as it changes
  document.addEventListener('change', function (event) {
    var field = event.target;
    if (field.hasAttribute && field.hasAttribute('data-autosubmit') && field.form) {
      field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
    }
  });
})();
