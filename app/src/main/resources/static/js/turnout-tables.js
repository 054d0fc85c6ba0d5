// Sortable tables: each column header becomes a button; a second press reverses the order. Rows without a value
// (an unknown figure) stay at the end. Totals in <tfoot> do not move. Without JavaScript the table is as the server
// sorted it.
(function () {
  "use strict";

  function compare(a, b, numeric) {
    if (a === "" && b === "") { return 0; }
    if (a === "") { return 1; }
    if (b === "") { return -1; }
    if (numeric) { return parseFloat(a) - parseFloat(b); }
    return a.localeCompare(b, "nl", { numeric: true, sensitivity: "base" });
  }

  function sortBy(table, index, header) {
    var body = table.tBodies[0];
    var numeric = header.getAttribute("data-numeric") === "true";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (left, right) {
      var a = left.cells[index].getAttribute("data-sort") || "";
      var b = right.cells[index].getAttribute("data-sort") || "";
      var order = compare(a, b, numeric);
      return ascending || a === "" || b === "" ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function enhance(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sw-sort";
      button.textContent = header.textContent;
      button.title = "Sorteer op " + header.textContent;
      header.textContent = "";
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, index, header); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("table[data-sortable]").forEach(enhance);
  });
})();
