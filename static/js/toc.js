// The guide's table of contents is a disclosure on a phone (closed, so the text starts on the first screen)
// and always shown beside the text on a wide screen, where CSS shows its content. There the disclosure is
// kept open, so that its state says what is seen, and it does not close.
(function () {
    "use strict";
    var details = document.querySelector(".toc__details");
    if (!details || !window.matchMedia) {
        return;
    }
    var wide = window.matchMedia("(min-width: 64rem)");
    function sync() {
        if (wide.matches) {
            details.open = true;
        }
    }
    sync();
    if (wide.addEventListener) {
        wide.addEventListener("change", sync);
    }
    details.querySelector("summary").addEventListener("click", function (event) {
        if (wide.matches) {
            event.preventDefault();
        }
    });
})();
