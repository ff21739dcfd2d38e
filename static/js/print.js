// "Print" buttons: the whole guide, or (data-print="checklist") only its checklist. Shown only when
// JavaScript can print; the PDF links next to them work without it.
(function () {
    "use strict";
    var root = document.documentElement;
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            if (button.dataset.print === "checklist") {
                root.classList.add("print-checklist-only");
            }
            window.print();
        });
    });
    window.addEventListener("afterprint", function () {
        root.classList.remove("print-checklist-only");
    });
})();
