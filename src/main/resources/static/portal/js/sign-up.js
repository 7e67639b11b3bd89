/* Sign-up of a resident or an enterprise (docs/portal.md): a code by SMS, then POST /api/accounts/residents|enterprises. */
'use strict';

(function () {
  var form = document.getElementById('sign-up-form');
  var alert = document.getElementById('form-alert');
  if (!form) {
    return;
  }
  var enterprise = form.getAttribute('data-endpoint').indexOf('enterprises') >= 0;
  var fields = enterprise
    ? ['creditCode', 'name', 'contactName', 'mobile', 'code', 'password']
    : ['mobile', 'code', 'password', 'name', 'idNumber'];

  Portal.codeButton(form, alert, function () {
    return Portal.value(form, 'mobile');
  });
  Portal.jsonForm(form, alert, function () {
    var body = {};
    fields.forEach(function (name) {
      // a password is sent as typed: its spaces are part of it
      body[name] = name === 'password' ? form.querySelector('[name="password"]').value : Portal.value(form, name);
    });
    return body;
  });
})();
