// The running total on the voting page of a burgerbegroting: how much (knapsack) or how many projects are chosen.
// Progressive enhancement: without JavaScript the server checks the same rules when the vote is sent.
(function () {
  var choices = document.querySelector("[data-budget-choices]");
  var total = document.querySelector("[data-budget-total]");
  if (!choices || !total) {
    return;
  }
  var budget = Number(choices.getAttribute("data-budget"));
  var knapsack = choices.getAttribute("data-knapsack") === "true";
  var max = choices.getAttribute("data-max");
  var euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 2,
    minimumFractionDigits: 0 });
  function money(cents) {
    return euro.format(cents / 100);
  }
  function fill(text, values) {
    return text.replace(/\{(\d)\}/g, function (all, i) { return values[Number(i)]; });
  }
  function update() {
    var boxes = choices.querySelectorAll("input[type=checkbox]");
    var cents = 0;
    var count = 0;
    boxes.forEach(function (box) {
      if (box.checked) {
        cents += Number(box.getAttribute("data-cost"));
        count += 1;
      }
    });
    var over = knapsack && cents > budget;
    total.setAttribute("data-over", over ? "true" : "false");
    if (knapsack) {
      total.textContent = over
        ? fill(total.getAttribute("data-text-over"), [money(cents), money(budget), money(cents - budget)])
        : fill(total.getAttribute("data-text-knapsack"), [money(cents), money(budget), money(budget - cents)]);
    } else if (max) {
      total.textContent = fill(total.getAttribute("data-text-count-max"), [count, max]);
    } else {
      total.textContent = fill(total.getAttribute("data-text-count"), [count]);
    }
  }
  choices.addEventListener("change", update);
  update();
})();
