/*
 * One case's page (docs/portal.md): answer a supplement request with files and a remark (multipart to the procedure's
 * supplement endpoint), withdraw after the confirmation in the <details>, rate 1 to 5 with a comment. Each is the
 * procedure's own API, called with the session cookie, the CSRF header and the page's language; on success the page is
 * read again (the case's new state) and the result is said at the top, with the focus on it; a refusal is shown beside
 * its field and at the top of its form.
 */
'use strict';

(function () {
  var result = document.getElementById('action-result');
  if (!result) {
    return;
  }
  var trackingNumber = result.getAttribute('data-case');
  var DONE = 'portal.caseDone';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  /** A multipart call of the API: its status and its JSON body (null when it has none). */
  async function sendForm(url, data) {
    var headers = {
      'Accept': 'application/json, application/problem+json',
      'Accept-Language': (document.documentElement.lang || '').indexOf('en') === 0 ? 'en' : 'zh-CN'
    };
    headers[meta('_csrf_header') || 'X-XSRF-TOKEN'] = meta('_csrf');
    var response = await fetch(url, { method: 'POST', headers: headers, body: data, credentials: 'same-origin' });
    var text = await response.text();
    var body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (notJson) {
      body = null;
    }
    return { status: response.status, ok: response.ok, data: body };
  }

  /** Done: the page is read again with the case's new state, and says what was done. */
  function done(kind) {
    try {
      window.sessionStorage.setItem(DONE, kind + ' ' + trackingNumber);
    } catch (noStorage) {
      // without storage the new state alone shows it
    }
    window.location.reload();
  }

  function sayDone() {
    var said = null;
    try {
      said = window.sessionStorage.getItem(DONE);
      window.sessionStorage.removeItem(DONE);
    } catch (noStorage) {
      said = null;
    }
    if (!said || said.split(' ')[1] !== trackingNumber) {
      return;
    }
    var text = result.getAttribute('data-msg-' + said.split(' ')[0]);
    if (text) {
      result.textContent = text;
      result.hidden = false;
      result.focus();
    }
  }

  function fieldError(input, text) {
    input.setAttribute('aria-invalid', 'true');
    var shown = document.getElementById(input.id + '-error');
    shown.textContent = text;
    shown.hidden = false;
  }

  function refused(form, alert, answer) {
    if (answer.status === 401) {
      window.location.assign('/sign-in');
      return;
    }
    Portal.showProblem(form, alert, answer.data, form.getAttribute('data-msg-network'));
  }

  /** Sends the form with body(); false from check() stops it (its errors already shown). */
  function wire(form, alertId, kind, check, call) {
    if (!form) {
      return;
    }
    var alert = document.getElementById(alertId);
    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      Portal.clearErrors(form, alert);
      if (!check(form, alert)) {
        return;
      }
      var submit = form.querySelector('button[type="submit"]');
      submit.disabled = true;
      var answer;
      try {
        answer = await call(form);
      } catch (offline) {
        answer = { status: 0, ok: false, data: null };
      }
      if (answer.ok) {
        done(kind);
        return;
      }
      submit.disabled = false;
      refused(form, alert, answer);
    });
  }

  var supplement = document.getElementById('supplement-form');
  wire(
    supplement,
    'supplement-alert',
    'supplement',
    function (form, alert) {
      var limit = Number(form.getAttribute('data-max-bytes'));
      var count = 0;
      var firstBad = null;
      form.querySelectorAll('input[type="file"]').forEach(function (input) {
        Array.prototype.forEach.call(input.files, function (file) {
          count += 1;
          var name = file.name.toLowerCase();
          var typed = /\.(pdf|jpe?g|png)$/.test(name);
          if (!typed) {
            fieldError(input, Portal.format(form.getAttribute('data-msg-type'), [file.name]));
            firstBad = firstBad || input;
          } else if (file.size > limit) {
            fieldError(input, Portal.format(form.getAttribute('data-msg-large'), [file.name]));
            firstBad = firstBad || input;
          }
        });
      });
      if (count === 0) {
        var first = form.querySelector('input[type="file"]');
        if (first) {
          fieldError(first, form.getAttribute('data-msg-none'));
          firstBad = first;
        }
      }
      if (firstBad) {
        firstBad.focus();
        return false;
      }
      return true;
    },
    function (form) {
      var data = new FormData();
      var codes = [];
      form.querySelectorAll('input[type="file"]').forEach(function (input) {
        Array.prototype.forEach.call(input.files, function (file) {
          codes.push(input.getAttribute('data-code'));
          data.append('materials', file, file.name);
        });
      });
      var part = { materialCodes: codes, remark: form.querySelector('[name="remark"]').value };
      data.append('supplement', JSON.stringify(part));
      return sendForm(form.getAttribute('data-endpoint'), data);
    }
  );

  wire(
    document.getElementById('withdraw-form'),
    'withdraw-alert',
    'withdrawal',
    function () {
      return true;
    },
    function (form) {
      return Portal.api('POST', form.getAttribute('data-endpoint'));
    }
  );

  wire(
    document.getElementById('rating-form'),
    'rating-alert',
    'rating',
    function (form) {
      if (form.querySelector('[name="score"]:checked')) {
        return true;
      }
      var score = document.getElementById('score');
      fieldError(score, form.getAttribute('data-msg-choose'));
      form.querySelector('[name="score"]').focus();
      return false;
    },
    function (form) {
      var chosen = form.querySelector('[name="score"]:checked');
      return Portal.api('POST', form.getAttribute('data-endpoint'), {
        score: Number(chosen.value),
        comment: form.querySelector('[name="comment"]').value
      });
    }
  );

  sayDone();
})();
