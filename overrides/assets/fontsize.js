/* 党建文库: the header's 字号 button (overrides/partials/fontsize-button.html). Each press steps the
   reading text up, 标准 → 大 → 特大 → 标准, and keeps the step in localStorage (Material's scoped
   __md_get/__md_set, which work from file:// too); main.html restores it before the page is drawn. */
(function () {
  var KEY = "__wenku_fontsize";
  // The value of html[data-wenku-fontsize] (docs/stylesheets/extra.css scales the text by it)
  // and what the button says about it.
  var STEPS = [
    { value: "", name: "标准", next: "点按放大" },
    { value: "large", name: "大", next: "点按再放大" },
    { value: "larger", name: "特大", next: "点按恢复标准" }
  ];
  var button = document.querySelector("[data-wenku-fontsize-button]");
  if (!button) return;

  function current() {
    var value = document.documentElement.getAttribute("data-wenku-fontsize") || "";
    for (var i = 0; i < STEPS.length; i++) if (STEPS[i].value === value) return i;
    return 0;
  }

  function show(i) {
    var step = STEPS[i];
    if (step.value) document.documentElement.setAttribute("data-wenku-fontsize", step.value);
    else document.documentElement.removeAttribute("data-wenku-fontsize");
    button.setAttribute("aria-label", "字号：" + step.name + "，" + step.next);
  }

  show(current());
  button.addEventListener("click", function () {
    var i = (current() + 1) % STEPS.length;
    show(i);
    __md_set(KEY, STEPS[i].value);
  });
})();
