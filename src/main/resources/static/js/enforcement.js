// Charts of the enforcement dashboard, drawn from the table beside each (so chart and table never differ): the
// columns marked data-series are the bars, each row marked data-chart-row a category labelled by its first cell.
(function () {
  'use strict';
  var colours = ['#206bc4', '#2fb344', '#f59f00', '#d63939', '#9aa0ac'];

  function bars(element) {
    var table = document.getElementById(element.dataset.enfChart);
    if (!table || !window.echarts) { return; }
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    heads.forEach(function (th, index) {
      if (th.dataset.series !== undefined) { series.push({ name: th.textContent.trim(), index: index }); }
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-chart-row]'));
    var names = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    // Slant the category labels only when they would not fit side by side (about 13 px a character, CJK or not).
    var widest = names.reduce(function (max, name) { return Math.max(max, name.length); }, 0);
    var slant = names.length > 0 && widest * 13 > (element.clientWidth - 70) / names.length;
    chart.setOption({
      title: { text: element.dataset.title, subtext: element.dataset.unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 50, right: 20, top: 60, bottom: slant ? 90 : 60 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: slant ? 30 : 0 } },
      // The unit is the title's subtext; naming the axis with it as well printed it twice.
      yAxis: { type: 'value' },
      series: series.map(function (s, i) {
        return { name: s.name, type: 'bar', itemStyle: { color: colours[i % colours.length] },
          data: rows.map(function (row) {
            var cell = row.cells[s.index];
            return Number(cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim()) || 0;
          }) };
      })
    });
  }

  function draw() {
    document.querySelectorAll('[data-enf-chart]').forEach(bars);
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-enf-chart]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
})();
