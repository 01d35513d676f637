// The chart of a grid KPI sheet, drawn from the table beside it (so chart and table never differ): the columns marked
// data-series are the bars (points earned and the maximum), each row marked data-chart-row a KPI named by its first cell.
(function () {
  'use strict';
  var colours = ['#206bc4', '#dadfe5'];

  function bars(element) {
    var table = document.getElementById(element.dataset.gridChart);
    if (!table || !window.echarts) { return; }
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    heads.forEach(function (th, index) {
      if (th.dataset.series !== undefined) { series.push({ name: th.textContent.trim(), index: index }); }
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-chart-row]'));
    var names = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    chart.setOption({
      title: { text: element.dataset.title, subtext: element.dataset.unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 10, right: 30, top: 60, bottom: 40, containLabel: true },
      yAxis: { type: 'category', data: names, inverse: true },
      xAxis: { type: 'value' },
      series: series.map(function (s, i) {
        return { name: s.name, type: 'bar', barGap: '-100%', z: series.length - i,
          itemStyle: { color: colours[i % colours.length] },
          data: rows.map(function (row) {
            var cell = row.cells[s.index];
            return Number(cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim()) || 0;
          }) };
      })
    });
  }

  function draw() {
    document.querySelectorAll('[data-grid-chart]').forEach(bars);
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-grid-chart]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
})();
