/*
 * A step of the visitor's case that its model offers to the applicant (docs/portal.md, "Services from the models"):
 * GET /api/my/tasks/{id} gives the step's form and the case's values it may show; the form-js viewer renders them;
 * the answers go to POST /api/my/tasks/{id}/completion, whose checks (the same form's, on the server) are shown at the
 * top. Done, the case's page follows.
 */
'use strict';

(function () {
  var form = document.getElementById('step-form');
  if (!form) {
    return;
  }
  var alert = document.getElementById('step-alert');
  var status = document.getElementById('step-status');
  var stepUrl = form.getAttribute('data-step-url');
  var viewer = null;

  function msg(name) {
    return form.getAttribute('data-msg-' + name) || '';
  }

  async function submit(event) {
    event.preventDefault();
    var answers = viewer.submit();
    var button = document.getElementById('complete-step');
    button.disabled = true;
    status.textContent = msg('sending');
    var answer;
    try {
      answer = await Portal.api('POST', stepUrl + '/completion', { data: answers.data });
    } catch (offline) {
      button.disabled = false;
      status.textContent = '';
      Portal.showProblem(form, alert, null, msg('network'));
      return;
    }
    if (answer.ok) {
      window.location.assign(form.getAttribute('data-case-url') + '?stepDone');
      return;
    }
    button.disabled = false;
    status.textContent = '';
    Portal.showProblem(form, alert, answer.data, msg('refused'));
  }

  async function start() {
    var step = await Portal.api('GET', stepUrl);
    if (!step.ok || !window.FormViewer) {
      Portal.showProblem(form, alert, step.data, msg('form-failed'));
      return;
    }
    // debounce off, as on the apply page: what was typed last is in the answer even when Enter submits it
    viewer = new window.FormViewer.Form({
      container: document.getElementById('form-viewer'), debounce: false, additionalModules: PortalFormViewer.modules
    });
    await viewer.importSchema(step.data.form, step.data.data || {});
    form.addEventListener('submit', submit);
  }

  start();
})();
