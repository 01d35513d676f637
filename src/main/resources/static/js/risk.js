// Charts of the risk dashboard, drawn from the table view beside them (so chart and table never differ).
(function () {
  'use strict';
  var colours = { JIA: '#2fb344', YI: '#f59f00', BING: '#d63939', NONE: '#9aa0ac' };

  function distribution(element) {
    var table = document.getElementById(element.dataset.riskChart);
    if (!table || !window.echarts) { return; }
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    heads.forEach(function (th, index) {
      if (th.dataset.series) { series.push({ key: th.dataset.series, name: th.textContent.trim(), index: index }); }
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var names = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    chart.setOption({
      title: { text: element.dataset.title, subtext: element.dataset.unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 50, right: 20, top: 60, bottom: 60 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value', name: element.dataset.unit },
      series: series.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'class', itemStyle: { color: colours[s.key] },
          data: rows.map(function (row) { return Number(row.cells[s.index].textContent.trim()) || 0; }) };
      })
    });
  }

  function movements(element) {
    var table = document.getElementById(element.dataset.riskMovements);
    if (!table || !window.echarts) { return; }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var months = [];
    var up = {};
    var down = {};
    var order = { JIA: 0, YI: 1, BING: 2 };
    rows.forEach(function (row) {
      var month = row.dataset.month;
      if (months.indexOf(month) < 0) { months.push(month); }
      var target = order[row.dataset.to] > order[row.dataset.from] ? up : down;
      target[month] = (target[month] || 0) + Number(row.dataset.count);
    });
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    chart.setOption({
      title: { text: element.dataset.title, subtext: element.dataset.unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 50, right: 20, top: 60, bottom: 50 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', name: element.dataset.unit },
      series: [
        { name: '↑', type: 'bar', itemStyle: { color: colours.BING }, data: months.map(function (m) { return up[m] || 0; }) },
        { name: '↓', type: 'bar', itemStyle: { color: colours.JIA }, data: months.map(function (m) { return down[m] || 0; }) }
      ]
    });
  }

  function draw() {
    document.querySelectorAll('[data-risk-chart]').forEach(distribution);
    document.querySelectorAll('[data-risk-movements]').forEach(movements);
  }

  document.addEventListener('DOMContentLoaded', draw);
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-risk-chart], [data-risk-movements]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
})();
