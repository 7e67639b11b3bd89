/* The sign-in page (docs/portal.md): the login name of the sign-up or reset just done, kept for the unlock link. */
'use strict';

(function () {
  var loginName = document.getElementById('loginName');
  if (!loginName) {
    return;
  }
  if (!loginName.value) {
    loginName.value = Portal.rememberedLoginName();
  }
  if (loginName.value) {
    document.getElementById('password').focus();
  }
  document.querySelectorAll('a[href$="/password-reset"]').forEach(function (link) {
    link.addEventListener('click', function () {
      Portal.rememberLoginName(loginName.value.trim());
    });
  });
})();
