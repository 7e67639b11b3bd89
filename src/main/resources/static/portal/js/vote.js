/*
 * One proposal's page for its owners (docs/portal.md, "Owners' votes"): the opinion goes to
 * POST /api/my/votes/{trackingNumber}/opinions, the ballot to POST /api/votes/{voteId}/ballots. A refusal (a second
 * ballot, a closed window) is shown as the API words it, in the page's language.
 */
'use strict';

(function () {
  function fieldError(input, error, text) {
    input.setAttribute('aria-invalid', 'true');
    error.textContent = text;
    error.hidden = false;
    input.focus();
  }

  function clear(input, error, alert) {
    if (input) {
      input.removeAttribute('aria-invalid');
    }
    error.textContent = '';
    error.hidden = true;
    alert.textContent = '';
    alert.hidden = true;
  }

  function refusal(alert, answer, fallback) {
    alert.textContent = answer.data && answer.data.detail ? answer.data.detail : fallback;
    alert.hidden = false;
    alert.focus();
  }

  async function send(url, body) {
    try {
      return await Portal.api('POST', url, body);
    } catch (offline) {
      return { ok: false, status: 0, data: null };
    }
  }

  var opinionForm = document.getElementById('opinion-form');
  if (opinionForm) {
    var text = document.getElementById('opinion-text');
    var textError = document.getElementById('opinion-text-error');
    var opinionAlert = document.getElementById('opinion-alert');
    var max = Number(opinionForm.getAttribute('data-max'));
    opinionForm.addEventListener('submit', async function (event) {
      event.preventDefault();
      clear(text, textError, opinionAlert);
      var value = text.value.trim();
      if (!value) {
        fieldError(text, textError, opinionForm.getAttribute('data-msg-missing'));
        return;
      }
      if (Array.from(value).length > max) {
        fieldError(text, textError, opinionForm.getAttribute('data-msg-too-long'));
        return;
      }
      var button = document.getElementById('opinion-submit');
      button.disabled = true;
      var answer = await send(opinionForm.getAttribute('data-url'), { text: value });
      if (answer.status === 401) {
        window.location.assign('/sign-in');
        return;
      }
      if (!answer.ok) {
        button.disabled = false;
        if (answer.status === 400) {
          fieldError(text, textError, answer.data && answer.data.detail ? answer.data.detail : '');
        } else {
          refusal(opinionAlert, answer, opinionForm.getAttribute('data-msg-network'));
        }
        return;
      }
      var list = document.getElementById('my-opinions');
      var item = document.createElement('li');
      var body = document.createElement('p');
      body.className = 'body';
      body.textContent = answer.data.text;
      var meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = Portal.format(list.getAttribute('data-msg-given-at'), [
        String(answer.data.givenAt).substring(0, 16).replace('T', ' ')
      ]);
      item.appendChild(body);
      item.appendChild(meta);
      list.appendChild(item);
      var status = document.getElementById('opinion-status');
      status.textContent = opinionForm.getAttribute('data-msg-done');
      status.setAttribute('tabindex', '-1');
      opinionForm.remove();
      status.focus();
    });
  }

  var ballotForm = document.getElementById('ballot-form');
  if (ballotForm) {
    var ballotError = document.getElementById('ballot-error');
    var ballotAlert = document.getElementById('ballot-alert');
    ballotForm.addEventListener('submit', async function (event) {
      event.preventDefault();
      clear(null, ballotError, ballotAlert);
      var chosen = ballotForm.querySelector('input[name="choice"]:checked');
      if (!chosen) {
        ballotError.textContent = ballotForm.getAttribute('data-msg-choose');
        ballotError.hidden = false;
        ballotForm.querySelector('input[name="choice"]').focus();
        return;
      }
      var button = document.getElementById('ballot-submit');
      button.disabled = true;
      var answer = await send(ballotForm.getAttribute('data-url'), { choice: chosen.value });
      if (answer.status === 401) {
        window.location.assign('/sign-in');
        return;
      }
      if (!answer.ok) {
        button.disabled = false;
        refusal(ballotAlert, answer, ballotForm.getAttribute('data-msg-network'));
        return;
      }
      var label = chosen.getAttribute('data-label');
      document.getElementById('my-ballot').textContent = label;
      var status = document.getElementById('ballot-status');
      status.textContent = Portal.format(ballotForm.getAttribute('data-msg-done'), [label]);
      status.setAttribute('tabindex', '-1');
      ballotForm.remove();
      status.focus();
    });
  }
})();
