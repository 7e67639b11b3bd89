/*
 * A procedure's model on the leaders' overview (/console/overview/processes/{key}): drawn with bpmn-js's
 * NavigatedViewer from the section's JSON (the latest version's BPMN from the engine), each activity with an overlay of
 * its open tasks, overdue tasks and median duration in hours. The same figures are on the page as a table.
 */
(function () {
  'use strict';

  var container = document.getElementById('diagram');
  if (!container || !window.BpmnJS) {
    return;
  }

  function badge(kind, text) {
    var span = document.createElement('span');
    span.className = 'heat-' + kind;
    span.textContent = text;
    return span;
  }

  function overlay(activity) {
    var box = document.createElement('div');
    box.className = 'heat';
    box.setAttribute('data-activity', activity.activityId);
    if (activity.openTasks > 0) {
      box.appendChild(badge('open', container.getAttribute('data-msg-open') + ' ' + activity.openTasks));
    }
    if (activity.overdue > 0) {
      box.appendChild(badge('overdue', container.getAttribute('data-msg-overdue') + ' ' + activity.overdue));
    }
    if (activity.medianMillis !== null && activity.medianMillis !== undefined) {
      var hours = (activity.medianMillis / 3600000).toFixed(1);
      box.appendChild(badge('median', container.getAttribute('data-msg-median') + ' ' + hours + 'h'));
    }
    return box;
  }

  var viewer = new window.BpmnJS({ container: container });

  fetch(container.getAttribute('data-model'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (answer) {
      if (!answer.ok) {
        throw new Error('model: ' + answer.status);
      }
      return answer.json();
    })
    .then(function (model) {
      return viewer.importXML(model.bpmnXml).then(function () {
        var canvas = viewer.get('canvas');
        var overlays = viewer.get('overlays');
        var registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport');
        model.activities.forEach(function (activity) {
          if (registry.get(activity.activityId)) {
            overlays.add(activity.activityId, 'heat', { position: { top: -22, left: 0 }, html: overlay(activity) });
          }
        });
        container.setAttribute('data-drawn', 'true');
      });
    })
    .catch(function () {
      container.setAttribute('data-drawn', 'failed');
    });
})();
