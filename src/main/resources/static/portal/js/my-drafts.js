/* My cases (docs/portal.md): the account's drafts (GET /api/drafts) under its cases, each linking to its apply page. */
'use strict';

(function () {
  var section = document.getElementById('my-drafts');
  if (!section) {
    return;
  }
  function shown(time) {
    return String(time).slice(0, 16).replace('T', ' ');
  }
  Portal.api('GET', '/api/drafts').then(function (answer) {
    if (!answer.ok || !Array.isArray(answer.data) || answer.data.length === 0) {
      return;
    }
    var list = document.getElementById('my-drafts-list');
    answer.data.forEach(function (draft) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = draft.applyUrl;
      link.textContent = draft.name;
      var when = document.createElement('span');
      when.textContent = ' ' + Portal.format(section.getAttribute('data-msg-saved'), [
        shown(draft.savedAt), shown(draft.deletedFrom)]);
      item.appendChild(link);
      item.appendChild(when);
      list.appendChild(item);
    });
    section.hidden = false;
  });
})();
