// Live charts: every element with class "chart" and data-series gets an ECharts line chart of the
// minute means (and maxima) of its device, with the limit as a marked line, refreshed every 30 s.
(function () {
  // Times are shown in China Standard Time whatever the browser's own zone (UI.md: Asia/Shanghai).
  var hourMinute = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  var dayTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  function tooltip(items) {
    var lines = [dayTime.format(new Date(items[0].value[0]))];
    items.forEach(function (item) { lines.push(item.marker + item.seriesName + ': ' + item.value[1]); });
    return lines.join('<br>');
  }
  function render(element) {
    if (!window.echarts) {
      return;
    }
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
    fetch(element.dataset.series, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (points) {
        var limit = element.dataset.limit ? parseFloat(element.dataset.limit) : null;
        var mean = points.map(function (p) { return [p.at, p.mean]; });
        var max = points.map(function (p) { return [p.at, p.maximum]; });
        chart.setOption({
          animation: false,
          title: { text: element.dataset.title, textStyle: { fontSize: 12 } },
          tooltip: { trigger: 'axis', formatter: tooltip },
          legend: { right: 0, data: [element.dataset.mean, element.dataset.max] },
          grid: { left: 50, right: 20, top: 40, bottom: 30 },
          xAxis: { type: 'time', axisLabel: { formatter: function (value) { return hourMinute.format(new Date(value)); } } },
          yAxis: { type: 'value', name: element.dataset.unit },
          series: [
            { name: element.dataset.mean, type: 'line', showSymbol: false, data: mean,
              markLine: limit === null || isNaN(limit) ? undefined : {
                symbol: 'none', lineStyle: { color: '#d63939' },
                label: { formatter: element.dataset.limitLabel + ' ' + limit },
                data: [{ yAxis: limit }] } },
            { name: element.dataset.max, type: 'line', showSymbol: false, data: max, lineStyle: { type: 'dashed' } }
          ]
        });
        element.dataset.rendered = String(points.length);
      });
  }
  function renderAll() {
    document.querySelectorAll('.chart[data-series]').forEach(render);
  }
  document.addEventListener('DOMContentLoaded', function () {
    renderAll();
    window.setInterval(renderAll, 30000);
  });
  window.addEventListener('resize', function () {
    document.querySelectorAll('.chart[data-series]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
