// The registry chart: every element with class "chart" and data-counts gets an ECharts bar chart of
// the cases per year, one series per disease category, from the JSON the registry page serves.
(function () {
  function render(element) {
    if (!window.echarts) {
      return;
    }
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    fetch(element.dataset.counts, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (counts) {
        var years = [];
        var categories = {};
        counts.forEach(function (c) {
          if (years.indexOf(c.year) < 0) { years.push(c.year); }
          categories[c.categoryName] = categories[c.categoryName] || {};
          categories[c.categoryName][c.year] = c.cases;
        });
        years.sort();
        var series = Object.keys(categories).map(function (name) {
          return { name: name, type: 'bar', stack: 'cases',
            data: years.map(function (y) { return categories[name][y] || 0; }) };
        });
        chart.setOption({
          animation: false,
          title: { text: element.dataset.title, textStyle: { fontSize: 12 } },
          tooltip: { trigger: 'axis' },
          legend: { type: 'scroll', top: 20 },
          grid: { left: 50, right: 20, top: 60, bottom: 30 },
          xAxis: { type: 'category', data: years.map(String) },
          yAxis: { type: 'value', name: element.dataset.unit, minInterval: 1 },
          series: series
        }, true);
      });
  }
  function all() {
    document.querySelectorAll('.chart[data-counts]').forEach(render);
  }
  document.addEventListener('DOMContentLoaded', all);
  window.addEventListener('resize', function () {
    document.querySelectorAll('.chart[data-counts]').forEach(function (e) {
      var chart = window.echarts && window.echarts.getInstanceByDom(e);
      if (chart) { chart.resize(); }
    });
  });
})();
