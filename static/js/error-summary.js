// When the server sends a form back with errors, move focus to the error summary so that screen reader and
// keyboard users start from the list of what to fix (its links lead to each field).
(function () {
    "use strict";
    var summary = document.querySelector(".error-summary[tabindex='-1']");
    if (summary) {
        summary.focus();
    }
})();
