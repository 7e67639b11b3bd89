/*
 * The leaders' overview (/console/overview): draws the charts with Apache ECharts from the section's JSON. The
 * figures are on the page as a table too; the charts add nothing the table does not say. No tooltip: ECharts' HTML
 * tooltip writes inline styles, which the console's Content-Security-Policy refuses.
 */
(function () {
  'use strict';

  var COLOURS = ['#1f4e5f', '#3c7d91', '#d08c2b', '#a4262c', '#6b4c9a'];

  function bars(element, counts, horizontal) {
    if (!element || !window.echarts) {
      return;
    }
    var names = counts.map(function (count) { return count.name; });
    var values = counts.map(function (count) { return count.value; });
    var label = horizontal
      ? { interval: 0, width: 140, overflow: 'truncate' }
      : { interval: 0, rotate: 40, width: 90, overflow: 'truncate' };
    var category = { type: 'category', data: names, axisLabel: label };
    var value = { type: 'value', minInterval: 1 };
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: COLOURS,
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign({ inverse: true }, category) : value,
      series: [{ type: 'bar', data: values, label: { show: true, position: horizontal ? 'right' : 'top' } }]
    });
    return chart;
  }

  function levels(element, figures) {
    var labels = Array.prototype.map.call(document.querySelectorAll('#tiles dt'), function (dt) {
      return dt.textContent;
    });
    var counts = [
      { name: labels[0], value: figures.dueToday },
      { name: labels[1], value: figures.overdue },
      { name: labels[2], value: figures.slaYellow },
      { name: labels[3], value: figures.slaRed },
      { name: labels[5], value: figures.poorRatings }
    ];
    return bars(element, counts, false);
  }

  function draw(figures) {
    var charts = [
      bars(document.getElementById('chart-procedures'), figures.casesByProcedure, true),
      bars(document.getElementById('chart-departments'), figures.casesByDepartment, true),
      bars(document.getElementById('chart-months'), figures.casesPerMonth, false),
      levels(document.getElementById('chart-levels'), figures)
    ];
    // a chart follows its box: a narrower window, a phone turned
    charts.forEach(function (chart) {
      if (chart && window.ResizeObserver) {
        new window.ResizeObserver(function () {
          chart.resize();
        }).observe(chart.getDom());
      }
    });
    main.setAttribute('data-charts', 'drawn');
  }

  var main = document.getElementById('main');
  var address = main && main.getAttribute('data-figures');
  if (!address) {
    return;
  }
  fetch(address, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (answer) {
      if (!answer.ok) {
        throw new Error('figures: ' + answer.status);
      }
      return answer.json();
    })
    .then(draw)
    .catch(function () {
      main.setAttribute('data-charts', 'failed');
    });
})();
