// Bar charts of results (Chart.js, vendored). Each canvas carries its data in data-chart; the same numbers are in
// the table next to it, which is what screen readers and keyboard users use.
(function () {
  if (typeof Chart === "undefined") {
    return;
  }
  var style = getComputedStyle(document.body);
  var bar = style.getPropertyValue("--utrecht-button-primary-action-background-color").trim() || "#1f4e8c";
  var text = style.color || "#1a1a1a";
  // distinct, each at least 3:1 against white (WCAG 1.4.11); the table beside the chart carries the same numbers
  var palette = ["#1f4e8c", "#2e6b4f", "#8a4b12", "#6b3fa0", "#a0304e", "#2f6470", "#5c5c00"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series, i) {
          return { label: series.label, data: series.values,
            backgroundColor: data.series.length > 1 ? palette[i % palette.length] : bar,
            borderColor: text, borderWidth: 1 };
        })
      },
      options: {
        indexAxis: data.horizontal ? "y" : "x",
        animation: false,
        responsive: true,
        plugins: { legend: { display: data.series.length > 1, labels: { color: text } } },
        scales: { x: { ticks: { color: text }, stacked: data.stacked || false },
                  y: { ticks: { color: text }, stacked: data.stacked || false } }
      }
    });
  });
})();
