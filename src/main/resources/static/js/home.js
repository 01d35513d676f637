// Home-page charts: every figure.home-chart-figure draws its own table (the table view) with
// ECharts, so the chart and its table can never disagree and no figure is fetched twice.
(function () {
  // A series whose colour means something (a risk class's traffic light) names its tone; the others
  // take the chart's palette. The same colours as the risk dashboard (risk.js).
  var TONES = { GOOD: '#2fb344', CAUTION: '#f59f00', BAD: '#d63939', NEUTRAL: '#9aa0ac' };
  function read(table) {
    var series = [];
    table.querySelectorAll('thead th').forEach(function (th, i) {
      if (i > 0) { series.push({ name: th.textContent.trim(), tone: th.dataset.tone, data: [] }); }
    });
    var categories = [];
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var cells = tr.children;
      categories.push(cells[0].textContent.trim());
      for (var i = 1; i < cells.length; i++) {
        series[i - 1].data.push(Number(cells[i].textContent.trim()) || 0);
      }
    });
    return { categories: categories, series: series };
  }
  function render(figure) {
    var element = figure.querySelector('.home-chart');
    var table = figure.querySelector('table[data-chart-table]');
    if (!window.echarts || !element || !table) {
      return;
    }
    var data = read(table);
    var type = figure.dataset.type;
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    var rotated = data.categories.length > 6;
    chart.setOption({
      animation: false,
      title: { show: false, text: figure.dataset.title, subtext: figure.dataset.date },
      tooltip: { trigger: 'axis' },
      // The legend sits below the plot, where it has the whole width (it scrolls when it needs more).
      legend: { type: 'scroll', bottom: 0, left: 0, right: 0 },
      toolbox: { right: 0, top: 0, feature: { saveAsImage: { title: figure.dataset.save, name: figure.dataset.title } } },
      grid: { left: rotated ? 32 : 8, right: 16, top: 32, bottom: 32, containLabel: true },
      // Many divisions (the townships of a county) do not fit side by side: their names turn.
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: rotated ? 40 : 0 } },
      yAxis: { type: 'value', name: figure.dataset.unit, minInterval: 1 },
      series: data.series.map(function (s) {
        return {
          name: s.name,
          type: type === 'LINE' ? 'line' : 'bar',
          stack: type === 'STACKED_BAR' ? 'total' : undefined,
          itemStyle: TONES[s.tone] ? { color: TONES[s.tone] } : undefined,
          data: s.data
        };
      })
    }, true);
  }
  function all() {
    document.querySelectorAll('figure.home-chart-figure').forEach(render);
  }
  document.addEventListener('DOMContentLoaded', all);
  window.addEventListener('resize', function () {
    document.querySelectorAll('figure.home-chart-figure .home-chart').forEach(function (e) {
      var chart = window.echarts && window.echarts.getInstanceByDom(e);
      if (chart) { chart.resize(); }
    });
  });
})();
