/* A new password with a code by SMS, which also ends a lock (docs/portal.md): POST /api/accounts/password-reset. */
'use strict';

(function () {
  var form = document.getElementById('reset-form');
  var alert = document.getElementById('form-alert');
  if (!form) {
    return;
  }
  var loginName = form.querySelector('[name="loginName"]');
  var codeMobile = form.querySelector('[name="codeMobile"]');
  if (!loginName.value) {
    loginName.value = Portal.rememberedLoginName();
  }

  // a resident's login name is the mobile number the code goes to
  function mobileOf() {
    if (!codeMobile.value.trim() && /^1\d{10}$/.test(loginName.value.trim())) {
      codeMobile.value = loginName.value.trim();
    }
    return codeMobile.value.trim();
  }
  loginName.addEventListener('change', mobileOf);
  if (loginName.value) {
    mobileOf();
  }

  Portal.codeButton(form, alert, mobileOf);
  Portal.jsonForm(form, alert, function () {
    return {
      loginName: loginName.value.trim(),
      code: Portal.value(form, 'code'),
      password: form.querySelector('[name="password"]').value
    };
  });
})();
