// Bar charts drawn from the table beside them, so chart and table never differ. An element with
// data-table-chart="<table id>" gets one series per column marked data-series and one category per row marked
// data-chart-row, named by its first cell; a cell's data-value, when present, is its number. By default the bars stand
// side by side (enforcement dashboard, CDC progress, 三同时 tracking); data-layout="overlay" lays them horizontally over
// each other, the first series in front — a value against its maximum (grid KPI sheets).
(function () {
  'use strict';
  var colours = { side: ['#206bc4', '#2fb344', '#f59f00', '#d63939', '#9aa0ac'], overlay: ['#206bc4', '#dadfe5'] };

  function seriesOf(table) {
    var series = [];
    table.querySelectorAll('thead th').forEach(function (th, index) {
      if (th.dataset.series !== undefined) { series.push({ name: th.textContent.trim(), index: index }); }
    });
    return series;
  }

  function values(rows, index) {
    return rows.map(function (row) {
      var cell = row.cells[index];
      return Number(cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim()) || 0;
    });
  }

  function bars(element) {
    var table = document.getElementById(element.dataset.tableChart);
    if (!table || !window.echarts) { return; }
    var overlay = element.dataset.layout === 'overlay';
    var palette = overlay ? colours.overlay : colours.side;
    var series = seriesOf(table);
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-chart-row]'));
    var names = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var option = {
      title: { text: element.dataset.title, subtext: element.dataset.unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      series: series.map(function (s, i) {
        var bar = { name: s.name, type: 'bar', itemStyle: { color: palette[i % palette.length] }, data: values(rows, s.index) };
        if (overlay) { bar.barGap = '-100%'; bar.z = series.length - i; }
        return bar;
      })
    };
    if (overlay) {
      option.grid = { left: 10, right: 30, top: 60, bottom: 40, containLabel: true };
      option.yAxis = { type: 'category', data: names, inverse: true };
      option.xAxis = { type: 'value' };
    } else {
      // Slant the category labels only when they would not fit side by side (about 13 px a character, CJK or not).
      var widest = names.reduce(function (max, name) { return Math.max(max, name.length); }, 0);
      var slant = names.length > 0 && widest * 13 > (element.clientWidth - 70) / names.length;
      option.grid = { left: 50, right: 20, top: 60, bottom: slant ? 90 : 60 };
      option.xAxis = { type: 'category', data: names, axisLabel: { interval: 0, rotate: slant ? 30 : 0 } };
      // The unit is the title's subtext; naming the axis with it as well printed it twice.
      option.yAxis = { type: 'value' };
    }
    (window.echarts.getInstanceByDom(element) || window.echarts.init(element)).setOption(option);
  }

  function draw() {
    document.querySelectorAll('[data-table-chart]').forEach(bars);
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-table-chart]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
})();
