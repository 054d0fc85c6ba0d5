// Charts from a data-chart attribute (JSON: type, label, labels, values). The figures are in a table on the same
// page, which is the text alternative; the canvas carries a short aria-label.
(function () {
  "use strict";

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    // eslint-disable-next-line no-undef
    new Chart(canvas, {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: [{
          label: data.label,
          data: data.values,
          spanGaps: false,
          borderColor: "#1f4e8c",
          backgroundColor: data.type === "bar" ? "#3f78c0" : "rgba(31, 78, 140, 0.15)",
          borderWidth: 2,
          pointRadius: 4
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        scales: { y: { beginAtZero: true } },
        plugins: { legend: { display: true } }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof Chart === "undefined") { return; }
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  });
})();
