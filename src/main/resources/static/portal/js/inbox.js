/* The inbox (docs/portal.md): POST /api/inbox/{id}/read, then GET /api/inbox for the count in the header. */
'use strict';

(function () {
  var list = document.getElementById('notices');
  var alert = document.getElementById('inbox-alert');
  var summary = document.getElementById('inbox-summary');
  if (!list) {
    return;
  }

  async function refreshCount() {
    var answer = await Portal.api('GET', '/api/inbox');
    if (answer.ok && answer.data) {
      Portal.setUnread(answer.data.unread);
      summary.textContent = Portal.format(summary.getAttribute('data-template'), [
        answer.data.notices.length,
        answer.data.unread
      ]);
    }
  }

  list.addEventListener('click', async function (event) {
    var button = event.target.closest('button.mark-read');
    if (!button) {
      return;
    }
    alert.hidden = true;
    button.disabled = true;
    var id = button.getAttribute('data-id');
    var answer;
    try {
      answer = await Portal.api('POST', '/api/inbox/' + encodeURIComponent(id) + '/read');
    } catch (offline) {
      answer = { ok: false, status: 0, data: null };
    }
    if (answer.status === 401) {
      window.location.assign('/sign-in');
      return;
    }
    if (!answer.ok) {
      button.disabled = false;
      alert.textContent = answer.data && answer.data.detail ? answer.data.detail : list.getAttribute('data-msg-network');
      alert.hidden = false;
      alert.focus();
      return;
    }
    var item = document.getElementById('notice-' + id);
    item.classList.remove('unread');
    item.classList.add('read');
    item.querySelector('.state').textContent = list.getAttribute('data-msg-read');
    var title = item.querySelector('.notice-title');
    title.setAttribute('tabindex', '-1');
    button.remove();
    title.focus();
    await refreshCount();
  });
})();
