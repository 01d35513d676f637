// The monitoring-rate chart of /radiation/rates: bars of the percent column of the table it names, one per
// division (the table stays the accessible view and the export's twin).
(function () {
  function draw(element) {
    var table = document.getElementById(element.dataset.radiationChart);
    if (!table || !window.echarts) { return; }
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var index = heads.findIndex(function (th) { return th.dataset.series === 'percent'; });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var names = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var values = rows.map(function (row) { return Number(row.cells[index].textContent.trim()) || 0; });
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    chart.setOption({
      title: { text: element.dataset.title, subtext: element.dataset.unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 50, right: 20, top: 60, bottom: 60 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value', name: element.dataset.unit, min: 0, max: 100 },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#206bc4' },
        markLine: { symbol: 'none', data: [{ yAxis: 95 }], lineStyle: { color: '#d63939', type: 'dashed' } } }]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-radiation-chart]').forEach(draw);
  });
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-radiation-chart]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
})();
