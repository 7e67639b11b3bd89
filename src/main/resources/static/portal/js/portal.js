/*
 * The resident portal's shared script (docs/portal.md): calls /api with the session cookie, the CSRF token of the
 * page (header X-XSRF-TOKEN) and the page's language, and shows the API's problems (RFC 9457) beside their fields.
 * Every text it shows comes from the page (data-msg-* attributes, rendered from the message bundles).
 */
'use strict';

window.Portal = (function () {
  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  var csrfToken = meta('_csrf');
  var csrfHeader = meta('_csrf_header') || 'X-XSRF-TOKEN';

  function language() {
    return (document.documentElement.lang || '').indexOf('en') === 0 ? 'en' : 'zh-CN';
  }

  /** A call of the API: its status and its JSON body (null when it has none). */
  async function api(method, url, body) {
    var headers = {
      'Accept': 'application/json, application/problem+json',
      'Accept-Language': language()
    };
    if (csrfToken) {
      headers[csrfHeader] = csrfToken;
    }
    var init = { method: method, headers: headers, credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    var response = await fetch(url, init);
    var text = await response.text();
    var data = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch (notJson) {
        data = null;
      }
    }
    return { status: response.status, ok: response.ok, data: data };
  }

  /** {0}, {1} … of a message replaced by the values. */
  function format(template, values) {
    return String(template).replace(/\{(\d+)\}/g, function (whole, index) {
      return values[Number(index)] === undefined ? whole : values[Number(index)];
    });
  }

  /** The header's count of unread notices. */
  function setUnread(count) {
    var element = document.getElementById('unread-count');
    if (!element) {
      return;
    }
    element.setAttribute('data-unread', String(count));
    element.textContent = format(element.getAttribute('data-template'), [count]);
    element.classList.toggle('none', count === 0);
  }

  function clearErrors(form, alert) {
    form.querySelectorAll('.error').forEach(function (error) {
      error.textContent = '';
      error.hidden = true;
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (input) {
      input.removeAttribute('aria-invalid');
    });
    alert.hidden = true;
    alert.textContent = '';
  }

  function say(alert, lines) {
    alert.textContent = '';
    lines.forEach(function (line) {
      var paragraph = document.createElement('p');
      paragraph.textContent = line;
      alert.appendChild(paragraph);
    });
    alert.hidden = false;
    alert.focus();
  }

  /**
   * A problem of the API on a form: each bad field's reason under it (fieldNames maps the API's field names to the
   * form's where they differ), and the problem's detail with the list of bad fields at the top.
   */
  function showProblem(form, alert, problem, fallback, fieldNames) {
    var names = fieldNames || {};
    var detail = problem && problem.detail ? problem.detail : fallback;
    var errors = problem && Array.isArray(problem.errors) ? problem.errors : [];
    alert.textContent = '';
    var paragraph = document.createElement('p');
    paragraph.textContent = detail;
    alert.appendChild(paragraph);
    var list = document.createElement('ul');
    var firstBad = null;
    errors.forEach(function (error) {
      var name = names[error.field] || error.field;
      var input = name ? form.querySelector('[name="' + name + '"]') : null;
      var reason = error.reason || error.problem || '';
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        var shown = document.getElementById(input.id + '-error');
        if (shown) {
          shown.textContent = reason;
          shown.hidden = false;
        }
        firstBad = firstBad || input;
      }
      var item = document.createElement('li');
      item.textContent = (error.label ? error.label + '：' : '') + reason;
      list.appendChild(item);
    });
    if (list.childElementCount > 0) {
      alert.appendChild(list);
    }
    alert.hidden = false;
    alert.focus();
  }

  /**
   * The "send me a code" button of a form: asks POST /api/accounts/verification-codes for the number in its field,
   * says so, and waits until the number may have the next code.
   */
  function codeButton(form, alert, mobileOf) {
    var button = form.querySelector('#send-code');
    var status = form.querySelector('#code-status');
    if (!button) {
      return;
    }
    var label = button.textContent;
    var timer = null;

    function wait(seconds) {
      var left = Math.max(1, Math.ceil(seconds));
      button.disabled = true;
      clearInterval(timer);
      var tick = function () {
        if (left <= 0) {
          clearInterval(timer);
          button.disabled = false;
          button.textContent = label;
          return;
        }
        button.textContent = format(form.getAttribute('data-msg-wait'), [left]);
        left -= 1;
      };
      tick();
      timer = setInterval(tick, 1000);
    }

    button.addEventListener('click', async function () {
      clearErrors(form, alert);
      status.textContent = '';
      var mobile = mobileOf();
      var answer;
      try {
        answer = await api('POST', '/api/accounts/verification-codes', { mobile: mobile });
      } catch (offline) {
        say(alert, [form.getAttribute('data-msg-network')]);
        return;
      }
      if (answer.status === 202) {
        status.textContent = form.getAttribute('data-msg-sent');
        var data = answer.data || {};
        // the wait from the server's own times: 5 minutes of validity less the time to the next code
        var seconds = 60;
        if (data.validUntil && data.nextCodeFrom) {
          seconds = 300 - (Date.parse(data.validUntil) - Date.parse(data.nextCodeFrom)) / 1000;
        }
        wait(seconds);
        var code = form.querySelector('[name="code"]');
        if (code) {
          code.focus();
        }
        return;
      }
      if (answer.status === 429 && answer.data && answer.data.retryAt) {
        wait((Date.parse(answer.data.retryAt) - Date.now()) / 1000);
      }
      showProblem(form, alert, answer.data, form.getAttribute('data-msg-network'), {
        mobile: button.getAttribute('data-mobile-field')
      });
    });
  }

  /**
   * A form sent to the API as JSON: body() makes the request's body; on success the browser goes where data-done
   * says, after saying data-msg-done.
   */
  function jsonForm(form, alert, body, fieldNames) {
    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      clearErrors(form, alert);
      var submit = form.querySelector('button[type="submit"]');
      submit.disabled = true;
      var answer;
      try {
        answer = await api('POST', form.getAttribute('data-endpoint'), body());
      } catch (offline) {
        submit.disabled = false;
        say(alert, [form.getAttribute('data-msg-network')]);
        return;
      }
      if (answer.ok) {
        alert.classList.remove('alert');
        alert.classList.add('notice');
        alert.setAttribute('role', 'status');
        say(alert, [form.getAttribute('data-msg-done')]);
        var sent = body();
        rememberLoginName(sent.loginName || sent[form.getAttribute('data-login-field')]);
        setTimeout(function () {
          window.location.assign(form.getAttribute('data-done'));
        }, 1200);
        return;
      }
      submit.disabled = false;
      showProblem(form, alert, answer.data, form.getAttribute('data-msg-network'), fieldNames);
    });
  }

  /** The login name the next page fills in (kept in this tab only, never in an address). */
  function rememberLoginName(loginName) {
    try {
      if (loginName) {
        window.sessionStorage.setItem('portal.loginName', loginName);
      }
    } catch (noStorage) {
      // private browsing without storage: the resident types it again
    }
  }

  function rememberedLoginName() {
    try {
      return window.sessionStorage.getItem('portal.loginName') || '';
    } catch (noStorage) {
      return '';
    }
  }

  function value(form, name) {
    var input = form.querySelector('[name="' + name + '"]');
    return input ? input.value.trim() : '';
  }

  return {
    api: api,
    format: format,
    setUnread: setUnread,
    clearErrors: clearErrors,
    showProblem: showProblem,
    codeButton: codeButton,
    jsonForm: jsonForm,
    rememberLoginName: rememberLoginName,
    rememberedLoginName: rememberedLoginName,
    value: value
  };
})();
