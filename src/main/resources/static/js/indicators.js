// Charts of the indicators' dashboard and wall, drawn from the table beside each (so chart and table never differ):
// the columns marked data-series are the series, each row marked data-chart-row a category labelled by its first
// link or cell. data-type="line" draws lines; data-horizontal lays bars along the y axis (long indicator names);
// data-ind-map names a GeoJSON an administrator loaded: then the rows' data-code and first series colour a map.
(function () {
  'use strict';
  var colours = ['#206bc4', '#9aa0ac', '#2fb344', '#f59f00', '#d63939'];

  function label(row) {
    var link = row.cells[0].querySelector('a');
    var text = (link || row.cells[0]).textContent.trim();
    if (row.cells.length > 1 && /^\d+$|^—$/.test(text)) {
      var second = row.cells[1].querySelector('a') || row.cells[1];
      text = second.textContent.trim();
    }
    return text;
  }

  function value(cell) {
    var raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
    var number = parseFloat(raw);
    return isNaN(number) ? null : number;
  }

  function read(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    heads.forEach(function (th, index) {
      if (th.dataset.series !== undefined) { series.push({ name: th.textContent.trim(), index: index }); }
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-chart-row]'));
    return { series: series, rows: rows, names: rows.map(label) };
  }

  function chart(element) {
    var table = document.getElementById(element.dataset.indChart);
    if (!table || !window.echarts) { return; }
    if (element.dataset.indMap) { map(element, table); return; }
    var data = read(table);
    var horizontal = element.dataset.horizontal !== undefined;
    var line = element.dataset.type === 'line';
    var categoryAxis = { type: 'category', data: data.names, inverse: horizontal,
      axisLabel: horizontal ? { width: 160, overflow: 'truncate' } : { interval: 0, rotate: data.names.length > 6 ? 30 : 0 } };
    var valueAxis = { type: 'value', name: element.dataset.unit, max: 100, min: 0 };
    var instance = window.echarts.getInstanceByDom(element) || window.echarts.init(element, element.dataset.theme || null);
    instance.setOption({
      title: { text: element.dataset.title, subtext: element.dataset.date || '', left: 'center', textStyle: { fontSize: 14 } },
      backgroundColor: 'transparent',
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: horizontal ? 170 : 50, right: 20, top: 60, bottom: 60 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: data.series.map(function (s, i) {
        return { name: s.name, type: line ? 'line' : 'bar', itemStyle: { color: colours[i % colours.length] },
          data: data.rows.map(function (row) { return value(row.cells[s.index]); }) };
      })
    }, true);
  }

  function map(element, table) {
    var data = read(table);
    fetch(element.dataset.indMap, { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (geojson) {
        var name = 'region-' + element.dataset.indMap;
        window.echarts.registerMap(name, geojson);
        var first = data.series[0];
        var values = data.rows.map(function (row) {
          return { name: row.dataset.code, value: first ? value(row.cells[first.index]) : null, label: label(row) };
        });
        var instance = window.echarts.getInstanceByDom(element) || window.echarts.init(element, element.dataset.theme || null);
        instance.setOption({
          title: { text: element.dataset.title, subtext: element.dataset.date || '', left: 'center', textStyle: { fontSize: 14 } },
      backgroundColor: 'transparent',
          tooltip: { trigger: 'item', formatter: function (p) { return (p.data && p.data.label) + ': ' + (p.value == null ? '—' : p.value + '%'); } },
          visualMap: { min: 0, max: 100, left: 'left', bottom: 10, calculable: true },
          series: [{ type: 'map', map: name, nameProperty: 'code', data: values }]
        }, true);
      })
      .catch(function () { delete element.dataset.indMap; chart(element); });
  }

  function draw() { document.querySelectorAll('[data-ind-chart]').forEach(chart); }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-ind-chart]').forEach(function (element) {
      var instance = window.echarts && window.echarts.getInstanceByDom(element);
      if (instance) { instance.resize(); }
    });
  });
})();
