// Progressive enhancement of the self-assessment form: one quality area at a time, with progress.
// Without JavaScript every area is shown on one page; the answers are the same form either way, so moving
// between areas keeps them.
(function () {
  "use strict";
  const form = document.querySelector("[data-assessment-form]");
  if (!form) return;
  const areas = Array.from(form.querySelectorAll("[data-area]"));
  if (areas.length < 2) return;
  const lang = document.documentElement.lang || "sv";
  const text = lang.startsWith("sv")
    ? { prev: "Föregående område", next: "Nästa område", progress: (n, t) => `Område ${n} av ${t}` }
    : { prev: "Previous area", next: "Next area", progress: (n, t) => `Area ${n} of ${t}` };
  const submit = form.querySelector(".assessment-form__submit");

  const progress = document.createElement("div");
  progress.className = "assessment-progress";
  const label = document.createElement("p");
  label.setAttribute("aria-live", "polite");
  label.id = "assessment-progress-label";
  const bar = document.createElement("progress");
  bar.max = areas.length;
  bar.setAttribute("aria-labelledby", label.id);
  progress.append(label, bar);
  form.insertBefore(progress, areas[0]);

  const nav = document.createElement("div");
  nav.className = "assessment-nav";
  const prev = document.createElement("button");
  prev.type = "button";
  prev.className = "button-secondary";
  prev.textContent = text.prev;
  const next = document.createElement("button");
  next.type = "button";
  next.textContent = text.next;
  nav.append(prev, next);
  form.insertBefore(nav, submit);

  let current = 0;
  function show(index, focus) {
    current = index;
    areas.forEach((area, i) => { area.hidden = i !== index; });
    prev.hidden = index === 0;
    next.hidden = index === areas.length - 1;
    submit.hidden = index !== areas.length - 1;
    label.textContent = text.progress(index + 1, areas.length);
    bar.value = index + 1;
    if (focus) {
      const heading = areas[index].querySelector("h3");
      heading.tabIndex = -1;
      heading.focus();
    }
  }
  prev.addEventListener("click", () => show(current - 1, true));
  next.addEventListener("click", () => show(current + 1, true));
  show(0, false);
})();
