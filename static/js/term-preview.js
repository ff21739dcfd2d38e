// Previews of glossary definitions. Each term link in guide text already names its definition with
// aria-describedby (screen readers read it without this script); this shows the same text next to the
// link on hover and keyboard focus. It stays while the pointer is on it and Escape hides it (WCAG 1.4.13).
(function () {
    "use strict";
    var open = null;

    function hide(term) {
        var preview = term.querySelector(".term__preview");
        preview.hidden = true;
        term.classList.remove("term--open");
        if (open === term) {
            open = null;
        }
    }

    function show(term) {
        if (open && open !== term) {
            hide(open);
        }
        var preview = term.querySelector(".term__preview");
        preview.hidden = false;
        term.classList.add("term--open");
        // Keep the preview inside the window on narrow screens.
        preview.style.insetInlineStart = "";
        var box = preview.getBoundingClientRect();
        var overflow = document.documentElement.dir === "rtl" ? -box.left : box.right - window.innerWidth;
        if (overflow > 0) {
            preview.style.insetInlineStart = "-" + (overflow + 8) + "px";
        }
        open = term;
    }

    document.querySelectorAll(".term").forEach(function (term) {
        var link = term.querySelector(".term__link");
        var timer = null;
        function later() {
            timer = window.setTimeout(function () { hide(term); }, 300);
        }
        function now() {
            window.clearTimeout(timer);
            show(term);
        }
        term.addEventListener("mouseenter", now);
        term.addEventListener("mouseleave", function () {
            if (document.activeElement !== link) {
                later();
            }
        });
        link.addEventListener("focus", now);
        link.addEventListener("blur", function () { hide(term); });
    });

    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && open) {
            hide(open);
        }
    });
})();
