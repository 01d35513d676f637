// EN 689 charts of the testing job page: every element with class "testing-chart" and data-chart
// gets a lognormal probability plot — the results (non-detects hollow, at their limit of detection)
// against their normal scores on a logarithmic axis, the fitted line, the fitted 95th percentile and
// the OEL as a marked line.
(function () {
  function render(element) {
    if (!window.echarts || !element.dataset.chart) {
      return;
    }
    var data = JSON.parse(element.dataset.chart);
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    var detected = data.points.filter(function (p) { return !p.nonDetect; }).map(function (p) { return [p.z, p.value, p.id]; });
    var censored = data.points.filter(function (p) { return p.nonDetect; }).map(function (p) { return [p.z, p.value, p.id]; });
    var marks = [{ yAxis: data.limit, name: element.dataset.limitLabel, lineStyle: { color: '#d63939' },
      label: { formatter: element.dataset.limitLabel + ' ' + data.limit + ' ' + data.unit } }];
    if (data.p95 !== undefined) {
      marks.push({ yAxis: data.p95, name: element.dataset.p95Label, lineStyle: { color: '#f59f00', type: 'dashed' },
        label: { formatter: element.dataset.p95Label + ' ' + data.p95.toPrecision(3) } });
    }
    chart.setOption({
      animation: false,
      title: { text: element.dataset.title, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'item', formatter: function (item) {
        return (item.value[2] || '') + '<br>' + item.seriesName + ': ' + Number(item.value[1]).toPrecision(4) + ' ' + data.unit; } },
      legend: { right: 0, data: [element.dataset.results, element.dataset.fitted] },
      grid: { left: 60, right: 120, top: 40, bottom: 40 },
      xAxis: { type: 'value', name: element.dataset.axis, nameLocation: 'middle', nameGap: 25, min: -3, max: 3 },
      yAxis: { type: 'log', name: data.unit, logBase: 10 },
      series: [
        { name: element.dataset.results, type: 'scatter', data: detected, symbolSize: 9,
          markLine: { symbol: 'none', silent: true, data: marks } },
        { name: element.dataset.results, type: 'scatter', data: censored, symbolSize: 9, symbol: 'emptyCircle' },
        { name: element.dataset.fitted, type: 'line', data: data.line, showSymbol: false, lineStyle: { type: 'dashed' } }
      ]
    });
    element.dataset.rendered = String(data.points.length);
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.testing-chart[data-chart]').forEach(render);
  });
  window.addEventListener('resize', function () {
    document.querySelectorAll('.testing-chart[data-chart]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
