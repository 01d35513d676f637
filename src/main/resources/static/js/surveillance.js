// Hearing over the years on the worker's record: every element with class "surveillance-hearing" and
// data-chart gets the audiograms of one ear (data-ear L or R), one line per exam date, frequency on
// the x axis and the threshold in dB HL on an inverted y axis, as audiograms are drawn.
(function () {
  function render(element) {
    if (!window.echarts || !element.dataset.chart) {
      return;
    }
    var data = JSON.parse(element.dataset.chart);
    var lines = data[element.dataset.ear] || [];
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    chart.setOption({
      animation: false,
      title: { text: element.dataset.title, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0, data: lines.map(function (l) { return l.date; }) },
      toolbox: { right: 0, feature: { saveAsImage: { title: element.dataset.save } } },
      grid: { left: 50, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', name: element.dataset.xAxis, nameLocation: 'middle', nameGap: 25,
        data: data.frequencies.map(function (f) { return f >= 1000 ? (f / 1000) + 'k' : String(f); }) },
      yAxis: { type: 'value', name: element.dataset.yAxis, inverse: true, min: -10, max: 120 },
      series: lines.map(function (l) {
        return { name: l.date, type: 'line', data: l.values, connectNulls: false, symbolSize: 6 };
      })
    });
    element.dataset.rendered = String(lines.length);
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.surveillance-hearing[data-chart]').forEach(render);
  });
  window.addEventListener('resize', function () {
    document.querySelectorAll('.surveillance-hearing[data-chart]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
