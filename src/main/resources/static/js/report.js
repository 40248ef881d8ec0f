// The print view's toolbar (screen only): the print button opens the browser's print dialog.
document.addEventListener('DOMContentLoaded', () => {
  const print = document.querySelector('[data-report-print]');
  if (print) {
    print.addEventListener('click', () => window.print());
  }
});
