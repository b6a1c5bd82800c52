// A little plain JavaScript; every page works without it.
(function () {
  "use strict";
  // "Example" fills the account with a sample.
  var example = document.getElementById("example");
  if (example) {
    example.addEventListener("click", function () {
      var box = document.getElementById("text");
      box.value = example.getAttribute("data-example");
      box.focus();
    });
  }
  // Hovering or focusing a finding outlines the words its facts were read from.
  var marks = document.querySelectorAll("#account mark[data-fact]");
  document.querySelectorAll(".finding[data-facts]").forEach(function (card) {
    var ids = (card.getAttribute("data-facts") || "").split(" ");
    function set(on) {
      marks.forEach(function (m) {
        if (ids.indexOf(m.getAttribute("data-fact")) >= 0) { m.classList.toggle("active", on); }
      });
    }
    card.setAttribute("tabindex", "0");
    card.addEventListener("mouseenter", function () { set(true); });
    card.addEventListener("mouseleave", function () { set(false); });
    card.addEventListener("focus", function () { set(true); });
    card.addEventListener("blur", function () { set(false); });
  });
})();
