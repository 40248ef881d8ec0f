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

  // <select data-autosubmit>: a filter that applies as soon as it changes
  document.addEventListener('change', function (event) {
    var field = event.target;
    if (field.hasAttribute && field.hasAttribute('data-autosubmit') && field.form) {
      field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
    }
  });
})();
