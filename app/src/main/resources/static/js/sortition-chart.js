// The lottery's and LEGACY's selection probabilities, each sorted from low to high, over the share of the pool
// (Chart.js, vendored). The data is in data-chart; the table under the chart holds the same numbers.
(function () {
  if (typeof Chart === "undefined") {
    return;
  }
  var text = getComputedStyle(document.body).color || "#1a1a1a";
  // distinct, each at least 3:1 against white (WCAG 1.4.11), and a dashed line so colour is not the only cue
  var lines = [{ color: "#1f4e8c", dash: [] }, { color: "#a0304e", dash: [6, 4] }];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    new Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series, i) {
          var line = lines[i % lines.length];
          return { label: series.label, data: series.values, borderColor: line.color, borderDash: line.dash,
            backgroundColor: line.color, pointRadius: 0, borderWidth: 2, stepped: true };
        })
      },
      options: {
        animation: false,
        responsive: true,
        plugins: { legend: { labels: { color: text } } },
        scales: {
          x: { ticks: { color: text, maxTicksLimit: 11 }, title: { display: true, color: text, text: "% van de aanmelders" } },
          y: { ticks: { color: text }, beginAtZero: true, title: { display: true, color: text, text: "kans om gekozen te worden" } }
        }
      }
    });
  });
})();
