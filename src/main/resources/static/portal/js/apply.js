/*
 * The apply page (docs/portal.md, "Applying online"): the service's form in the form-js viewer, the materials, a draft
 * (GET|PUT|DELETE /api/drafts/{serviceKey}) and the submission to the page's data-submit-url with an Idempotency-Key
 * per attempt. How it is sent depends on data-kind: MATTER (POST /api/applications, multipart, with the applicant and
 * the delivery), PROCESS (the generic door, multipart) or DEDICATED (a procedure's own door: the form's data as JSON,
 * the applicant's fields filled in read-only from the account). The server checks everything again; its problems are
 * shown beside each field and in a summary at the top. Every text comes from the page (data-msg-*).
 */
'use strict';

(function () {
  var form = document.getElementById('apply-form');
  if (!form) {
    return;
  }
  var MAX_BYTES = 10 * 1024 * 1024;
  var MAX_FILES = 20;
  var alert = document.getElementById('form-alert');
  var status = document.getElementById('apply-status');
  var service = form.getAttribute('data-service');
  var kind = form.getAttribute('data-kind');
  var draftUrl = '/api/drafts/' + encodeURIComponent(service);
  var viewer = null;
  var fieldIds = {};
  var labels = {};
  var draftFiles = [];
  var attempt = null;
  var account = accountFields();

  function msg(name) {
    return form.getAttribute('data-msg-' + name) || '';
  }

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function headers(extra) {
    var all = {
      'Accept': 'application/json, application/problem+json',
      'Accept-Language': (document.documentElement.lang || '').indexOf('en') === 0 ? 'en' : 'zh-CN'
    };
    all[meta('_csrf_header') || 'X-XSRF-TOKEN'] = meta('_csrf');
    Object.keys(extra || {}).forEach(function (name) {
      all[name] = extra[name];
    });
    return all;
  }

  /** A random UUID (crypto.randomUUID where the page is a secure context, else from crypto.getRandomValues). */
  function uuid() {
    if (window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) {
      return (b < 16 ? '0' : '') + b.toString(16);
    }).join('');
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
  }

  async function json(response) {
    var text = await response.text();
    try {
      return text ? JSON.parse(text) : null;
    } catch (notJson) {
      return null;
    }
  }

  /** The form's fields the account answers (DEDICATED), by key: the page's hidden .account-field inputs. */
  function accountFields() {
    var fields = {};
    form.querySelectorAll('input.account-field').forEach(function (input) {
      fields[input.getAttribute('data-key')] = input.value;
    });
    return fields;
  }

  /** The account's fields made read-only in the schema: the resident applies in their own name. */
  function lockAccountFields(components) {
    (components || []).forEach(function (component) {
      if (component.key && Object.prototype.hasOwnProperty.call(account, component.key)) {
        component.readonly = true;
        // the account answers it (the ID number masked): the form's own checks of a typed value do not apply to it
        component.validate = { required: Boolean(component.validate && component.validate.required) };
      }
      lockAccountFields(component.components);
    });
  }

  function collect(components) {
    (components || []).forEach(function (component) {
      if (component.key && component.id) {
        fieldIds[component.key] = component.id;
        labels[component.key] = component.label || component.dateLabel || component.key;
      }
      collect(component.components);
    });
  }

  /** The form's data now, without showing the viewer's own checks (the server's are shown instead). */
  function data() {
    var result = viewer.submit();
    viewer._setState({ errors: {} });
    return result.data;
  }

  /** What a draft keeps of the form: not the account's fields, which are filled in again from the account. */
  function draftData() {
    var kept = data();
    Object.keys(account).forEach(function (key) {
      delete kept[key];
    });
    return kept;
  }

  /** The form field a problem names: data.<key> (the one-stop and generic doors), or <key> (DEDICATED). */
  function formKey(field) {
    if (field.indexOf('data.') === 0 && fieldIds[field.slice(5)]) {
      return field.slice(5);
    }
    return kind === 'DEDICATED' && fieldIds[field] ? field : null;
  }

  function clear() {
    Portal.clearErrors(form, alert);
    if (viewer) {
      viewer._setState({ errors: {} });
    }
    status.textContent = '';
  }

  function reason(error) {
    var code = String(error.problem || '').replace(/[A-Z]/g, function (c) {
      return '-' + c.toLowerCase();
    });
    return msg('problem-' + code) || error.problem || '';
  }

  /** The problem's detail and every bad field at the top (focused), each reason beside its field. */
  function showProblem(problem) {
    var errors = problem && Array.isArray(problem.errors) ? problem.errors : [];
    var viewerErrors = {};
    alert.textContent = '';
    var detail = document.createElement('p');
    detail.textContent = problem && problem.detail ? problem.detail : msg('refused');
    alert.appendChild(detail);
    var list = document.createElement('ul');
    errors.forEach(function (error) {
      var field = String(error.field || '');
      var text = reason(error);
      if (formKey(field)) {
        viewerErrors[fieldIds[formKey(field)]] = [text];
      } else {
        var input = form.querySelector('[name="' + field + '"]');
        var shown = input ? document.getElementById(input.id + '-error') : null;
        if (shown) {
          input.setAttribute('aria-invalid', 'true');
          shown.textContent = text;
          shown.hidden = false;
        }
      }
      var item = document.createElement('li');
      item.textContent = (error.label ? error.label + '：' : '') + text;
      list.appendChild(item);
    });
    if (list.childElementCount > 0) {
      alert.appendChild(list);
    }
    viewer._setState({ errors: viewerErrors });
    alert.hidden = false;
    alert.focus();
  }

  function say(text) {
    Portal.clearErrors(form, alert);
    var paragraph = document.createElement('p');
    paragraph.textContent = text;
    alert.appendChild(paragraph);
    alert.hidden = false;
    alert.focus();
  }

  /** The files chosen in each material's field, checked for size; null (and the reason shown) when one is too big. */
  function chosenFiles() {
    var chosen = [];
    var bad = false;
    form.querySelectorAll('.material').forEach(function (material) {
      var code = material.getAttribute('data-code');
      var input = material.querySelector('input[type="file"]');
      Array.prototype.forEach.call(input.files, function (file) {
        if (file.size > MAX_BYTES) {
          var error = document.getElementById(input.id + '-error');
          error.textContent = Portal.format(msg('too-big'), [file.name]);
          error.hidden = false;
          input.setAttribute('aria-invalid', 'true');
          bad = true;
        }
        chosen.push({ code: code, blob: file, name: file.name });
      });
    });
    if (bad) {
      alert.hidden = false;
      alert.textContent = msg('refused');
      alert.focus();
      return null;
    }
    if (chosen.length + draftFiles.length > MAX_FILES) {
      say(Portal.format(msg('too-many'), [MAX_FILES]));
      return null;
    }
    return chosen;
  }

  function showDraftFiles() {
    form.querySelectorAll('.draft-files').forEach(function (list) {
      list.textContent = '';
    });
    draftFiles.forEach(function (file) {
      var list = document.getElementById('material-' + file.materialCode + '-files');
      if (!list) {
        return;
      }
      var item = document.createElement('li');
      var name = document.createElement('span');
      name.textContent = file.fileName;
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'link remove-file';
      remove.textContent = Portal.format(msg('remove'), [file.fileName]);
      remove.addEventListener('click', function () {
        draftFiles = draftFiles.filter(function (kept) {
          return kept.id !== file.id;
        });
        showDraftFiles();
        document.getElementById('material-' + file.materialCode).focus();
      });
      item.appendChild(name);
      item.appendChild(remove);
      list.appendChild(item);
    });
  }

  function showMasked(masked) {
    var note = document.getElementById('masked-note');
    var keys = Object.keys(masked || {});
    note.hidden = keys.length === 0;
    note.textContent = Portal.format(msg('masked'), [keys.map(function (key) {
      return (labels[key] || key) + '（' + masked[key] + '）';
    }).join('、')]);
  }

  function resumed(draft) {
    draftFiles = draft.files || [];
    showDraftFiles();
    showMasked(draft.masked);
    document.getElementById('delete-draft').hidden = false;
  }

  function delivery() {
    var checked = form.querySelector('input[name="delivery"]:checked');
    return checked ? checked.value : 'ELECTRONIC';
  }

  async function saveDraft() {
    clear();
    var chosen = chosenFiles();
    if (!chosen) {
      return;
    }
    var body = new FormData();
    var draft = {
      data: draftData(),
      materialCodes: chosen.map(function (file) { return file.code; }),
      keepFiles: draftFiles.map(function (file) { return file.id; })
    };
    body.append('draft', new Blob([JSON.stringify(draft)], { type: 'application/json' }));
    chosen.forEach(function (file) {
      body.append('materials', file.blob, file.name);
    });
    status.textContent = msg('saving');
    var response;
    try {
      response = await fetch(draftUrl, { method: 'PUT', headers: headers(), body: body, credentials: 'same-origin' });
    } catch (offline) {
      status.textContent = '';
      say(msg('network'));
      return;
    }
    var answer = await json(response);
    if (!response.ok) {
      status.textContent = '';
      showProblem(answer);
      return;
    }
    form.querySelectorAll('input[type="file"]').forEach(function (input) {
      input.value = '';
    });
    resumed(answer);
    status.textContent = Portal.format(msg('saved'), [String(answer.deletedFrom).slice(0, 16).replace('T', ' ')]);
  }

  async function deleteDraft() {
    clear();
    var response;
    try {
      response = await fetch(draftUrl, { method: 'DELETE', headers: headers(), credentials: 'same-origin' });
    } catch (offline) {
      say(msg('network'));
      return;
    }
    if (!response.ok && response.status !== 404) {
      showProblem(await json(response));
      return;
    }
    draftFiles = [];
    showDraftFiles();
    showMasked({});
    document.getElementById('delete-draft').hidden = true;
    status.textContent = msg('deleted');
  }

  /** The draft's kept files, read back to be sent with the application. */
  async function draftBlobs() {
    var blobs = [];
    for (var i = 0; i < draftFiles.length; i++) {
      var file = draftFiles[i];
      var response = await fetch(draftUrl + '/files/' + file.id, { credentials: 'same-origin' });
      if (!response.ok) {
        throw new Error('draft file ' + file.id + ': ' + response.status);
      }
      blobs.push({ code: file.materialCode, blob: await response.blob(), name: file.fileName });
    }
    return blobs;
  }

  /** The application as the page's door takes it (data-kind): the form's data alone, or with the materials and more. */
  function applicationOf(files) {
    var materialCodes = files.map(function (file) { return file.code; });
    if (kind === 'DEDICATED') {
      return data();
    }
    if (kind === 'PROCESS') {
      return { data: data(), materialCodes: materialCodes };
    }
    return {
      matterCode: service,
      data: data(),
      materialCodes: materialCodes,
      delivery: delivery(),
      mailingAddress: delivery() === 'MAIL' ? Portal.value(form, 'mailingAddress') : null,
      applicant: {
        name: Portal.value(form, 'applicant.name'),
        mobile: Portal.value(form, 'applicant.mobile'),
        idNumber: Portal.value(form, 'applicant.idNumber')
      }
    };
  }

  /**
   * The POST of an application: JSON to a procedure's own door (DEDICATED); otherwise multipart, the application's
   * JSON and then one materials part per file.
   */
  function sending(application, files, key) {
    var request = { method: 'POST', credentials: 'same-origin' };
    if (kind === 'DEDICATED') {
      request.headers = headers({ 'Idempotency-Key': key, 'Content-Type': 'application/json' });
      request.body = JSON.stringify(application);
      return request;
    }
    var body = new FormData();
    body.append('application', new Blob([JSON.stringify(application)], { type: 'application/json' }));
    files.forEach(function (file) {
      body.append('materials', file.blob, file.name);
    });
    request.headers = headers({ 'Idempotency-Key': key });
    request.body = body;
    return request;
  }

  async function submit(event) {
    event.preventDefault();
    clear();
    var chosen = chosenFiles();
    if (!chosen) {
      return;
    }
    var button = document.getElementById('submit-application');
    button.disabled = true;
    status.textContent = msg('sending');
    var response;
    try {
      var files = (await draftBlobs()).concat(chosen);
      var application = applicationOf(files);
      // the same attempt (same content) retried after a network failure keeps its key; anything else is a new one
      var fingerprint = JSON.stringify(application) + files.map(function (file) {
        return file.name + ':' + file.blob.size;
      }).join('|');
      if (!attempt || attempt.fingerprint !== fingerprint) {
        attempt = { key: uuid(), fingerprint: fingerprint };
      }
      response = await fetch(form.getAttribute('data-submit-url'), sending(application, files, attempt.key));
    } catch (offline) {
      button.disabled = false;
      status.textContent = '';
      say(msg('network'));
      return;
    }
    attempt = null;
    var answer = await json(response);
    if (response.status === 201 && answer && answer.trackingNumber) {
      status.textContent = msg('sent');
      window.location.assign('/my/cases/' + encodeURIComponent(answer.trackingNumber));
      return;
    }
    button.disabled = false;
    status.textContent = '';
    showProblem(answer);
  }

  async function start() {
    var schema;
    var draft = null;
    try {
      var formAnswer = await fetch(form.getAttribute('data-form-url'), { headers: headers(), credentials: 'same-origin' });
      if (!formAnswer.ok) {
        throw new Error('form ' + formAnswer.status);
      }
      schema = await formAnswer.json();
      var draftAnswer = await fetch(draftUrl, { headers: headers(), credentials: 'same-origin' });
      if (draftAnswer.ok) {
        draft = await draftAnswer.json();
      }
      lockAccountFields(schema.components);
      collect(schema.components);
      // debounce off: the viewer otherwise holds the last 300 ms of typing until the field loses focus, and Enter
      // submits without a blur, so the answer sent would miss what was typed last
      viewer = new FormViewer.Form({
        container: document.getElementById('form-viewer'), debounce: false, additionalModules: PortalFormViewer.modules
      });
      await viewer.importSchema(schema, Object.assign({}, draft ? draft.data : {}, account));
    } catch (failed) {
      say(msg('form-failed'));
      return;
    }
    if (draft) {
      resumed(draft);
      var note = document.getElementById('draft-resumed');
      note.textContent = Portal.format(msg('resumed'), [String(draft.savedAt).slice(0, 16).replace('T', ' ')]);
      note.hidden = false;
    }
    form.addEventListener('submit', submit);
    document.getElementById('save-draft').addEventListener('click', saveDraft);
    document.getElementById('delete-draft').addEventListener('click', deleteDraft);
    form.querySelectorAll('input[name="delivery"]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        document.getElementById('mailing-field').hidden = delivery() !== 'MAIL';
      });
    });
  }

  start();
})();
