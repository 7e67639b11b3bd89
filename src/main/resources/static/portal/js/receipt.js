/* A case's receipt (docs/portal.md): the button prints the page; the print stylesheet leaves the header out. */
'use strict';

(function () {
  var button = document.getElementById('print-receipt');
  if (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  }
})();
