// Keyboard-first entry of a proces-verbaal (progressive enhancement; the form works without it).
// Enter moves to the next box instead of submitting; Enter in the last box submits. Number boxes take digits only.
// In a list section the candidates' votes are added up as the typist goes, to compare with the list total.
(function () {
  var form = document.querySelector("form[data-sw-entry]");
  if (!form) {
    return;
  }
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input:not([type=hidden])"));
  boxes.forEach(function (box, index) {
    box.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") {
        return;
      }
      event.preventDefault();
      var next = boxes[index + 1];
      if (next && next.id !== "accepted") {
        next.focus();
        if (next.select) {
          next.select();
        }
      } else {
        form.requestSubmit();
      }
    });
  });
  form.querySelectorAll("input.sw-count").forEach(function (box) {
    box.addEventListener("input", function () {
      var digits = box.value.replace(/[^0-9]/g, "");
      if (digits !== box.value) {
        box.value = digits;
      }
    });
  });
  var total = form.querySelector("output[data-sw-sum-total]");
  if (total) {
    var parts = form.querySelectorAll("input[data-sw-sum]");
    var add = function () {
      var sum = 0;
      parts.forEach(function (part) {
        sum += parseInt(part.value || "0", 10) || 0;
      });
      total.textContent = sum.toLocaleString("nl-NL");
    };
    parts.forEach(function (part) {
      part.addEventListener("input", add);
    });
    add();
  }
  var first = boxes[0];
  if (first && !form.querySelector("[aria-invalid=true]")) {
    first.focus();
  }
})();
