// The review queue: one box selects every return at once.
(function () {
  'use strict';
  const all = document.getElementById('select-all');
  if (!all) {
    return;
  }
  const boxes = Array.from(document.querySelectorAll('input.queue-select'));
  all.addEventListener('change', function () {
    boxes.forEach(function (box) { box.checked = all.checked; });
  });
  boxes.forEach(function (box) {
    box.addEventListener('change', function () {
      all.checked = boxes.every(function (b) { return b.checked; });
    });
  });
})();
