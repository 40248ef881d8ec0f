// Dashboards: draws the charts from the page's JSON (the data-charts attribute) and sorts the units tables.
// Nothing is computed or formatted here: every number, and the text it is shown as, comes
// from the server (the statistics engine); this script only places them.
(function () {
  'use strict';

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  // A row opens its unit's dashboard (its name is the keyboard's way in).
  document.querySelectorAll('tr[data-href]').forEach(function (row) {
    row.addEventListener('click', function (event) {
      if (!event.target.closest('a, button')) {
        window.location.assign(row.getAttribute('data-href'));
      }
    });
  });

  // Sorting: by the keys the server wrote in data-sort; empty keys always last.
  function compare(a, b) {
    if (a < b) { return -1; }
    return (a > b) ? 1 : 0;
  }

  function key(cell, type) {
    const value = cell ? cell.getAttribute('data-sort') : null;
    if (value === null || value === '') { return null; }
    return (type === 'number') ? Number(value) : value;
  }

  function order(a, b, type, ascending) {
    if (a === null || b === null) { return compare(a === null, b === null); }
    if (type === 'text') { return ascending ? a.localeCompare(b, 'vi') : b.localeCompare(a, 'vi'); }
    return ascending ? compare(a, b) : compare(b, a);
  }

  document.querySelectorAll('table[data-sortable]').forEach(function (table) {
    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      const button = th.querySelector('.sort-button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        const type = button.getAttribute('data-sort-type');
        headers.forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        Array.from(body.rows)
          .sort(function (r1, r2) { return order(key(r1.cells[column], type), key(r2.cells[column], type), type, ascending); })
          .forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  // Charts: one per canvas, from the page's JSON (an attribute the server escaped), styled
  // by the key of each series.
  const block = document.getElementById('dashboard-data');
  if (!block || typeof window.Chart === 'undefined') { return; }
  const data = JSON.parse(block.dataset.charts);

  const STYLE = {
    rate: { color: '#9b1c1c', dash: [], width: 3 },
    lastYear: { color: '#6c757d', dash: [6, 4], width: 2 },
    target: { color: '#198754', dash: [3, 3], width: 2 },
    progress: { color: '#c28a00', dash: [10, 4], width: 2 }
  };
  const STANDING = { reached: '#2e8b57', below: '#c0392b', none: '#adb5bd' };

  function tooltip() {
    return {
      callbacks: {
        label: function (context) {
          const shown = context.dataset.shown[context.dataIndex];
          return `${context.dataset.label}: ${shown}`;
        }
      }
    };
  }

  function percentAxis() {
    return { min: 0, max: 100, ticks: { stepSize: 20, callback: function (value) { return `${value} %`; } } };
  }

  function common(extra) {
    return Object.assign({
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: 'vi-VN',
      plugins: { tooltip: tooltip(), legend: { position: 'bottom', labels: { boxWidth: 18 } } }
    }, extra);
  }

  function lineSeries(series) {
    const style = STYLE[series.key];
    return {
      label: series.label, data: series.values, shown: series.shown,
      borderColor: style.color, backgroundColor: style.color, borderDash: style.dash, borderWidth: style.width,
      pointRadius: (series.key === 'rate') ? 3 : 0, spanGaps: false, tension: 0
    };
  }

  // A dashed vertical line where the trend crosses the 2025 reorganisation (chart.marker):
  // the figures stay continuous, the marker says the structure changed there.
  const switchMarker = {
    id: 'switchMarker',
    afterDatasetsDraw: function (c) {
      const at = c.config.options.switchMarker;
      if (!at) { return; }
      const step = c.scales.x.getPixelForValue(1) - c.scales.x.getPixelForValue(0);
      const x = c.scales.x.getPixelForValue(at.index) - step / 2;
      const ctx = c.ctx;
      ctx.save();
      ctx.strokeStyle = '#6c757d';
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(x, c.chartArea.top);
      ctx.lineTo(x, c.chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#495057';
      ctx.font = '12px sans-serif';
      // the label on the side of the line where it fits
      const width = ctx.measureText(at.label).width;
      const left = (x + 4 + width > c.chartArea.right) ? x - 4 - width : x + 4;
      ctx.fillText(at.label, left, c.chartArea.top + 12);
      ctx.restore();
    }
  };

  function trend(canvas, chart) {
    const options = common({ scales: { y: percentAxis() } });
    options.switchMarker = (chart.marker === null || chart.marker === undefined) ? null
      : { index: chart.marker, label: chart.markerLabel };
    return new window.Chart(canvas, {
      type: 'line',
      data: { labels: chart.labels, datasets: chart.series.map(lineSeries) },
      options: options,
      plugins: [switchMarker]
    });
  }

  function ranking(canvas, chart) {
    const rates = chart.series[0];
    const targets = chart.series[1];
    return new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.labels,
        datasets: [
          {
            type: 'bar', label: rates.label, data: rates.values, shown: rates.shown, order: 2,
            backgroundColor: rates.standings.map(function (s) { return STANDING[s]; })
          },
          {
            type: 'line', label: targets.label, data: targets.values, shown: targets.shown, order: 1,
            showLine: false, pointStyle: 'line', pointRadius: 9, pointRotation: 90,
            borderColor: '#343a40', backgroundColor: '#343a40', borderWidth: 2
          }
        ]
      },
      options: common({ indexAxis: 'y', scales: { x: percentAxis(), y: { ticks: { autoSkip: false } } } })
    });
  }

  function compareChart(canvas, chart) {
    return new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.labels,
        datasets: chart.series.map(function (series) {
          return { label: series.label, data: series.values, shown: series.shown, backgroundColor: STYLE[series.key].color };
        })
      },
      options: common({ scales: { y: percentAxis() } })
    });
  }

  const DRAW = { trend: trend, ranking: ranking, compare: compareChart };
  const charts = [];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    const chart = data[canvas.getAttribute('data-chart')];
    const draw = DRAW[canvas.getAttribute('data-chart-kind')];
    if (chart && draw) {
      charts.push(draw(canvas, chart));
    }
  });
  // paper is narrower than the screen: redraw to the printed width
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
