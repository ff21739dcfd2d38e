// The main menu on narrow screens: a "Menu" button that opens and closes the list (a disclosure, not a
// focus trap). Without JavaScript, or on wide screens, the list is simply shown.
(function () {
    "use strict";
    var nav = document.querySelector(".main-nav");
    var button = nav && nav.querySelector(".main-nav__toggle");
    if (!button) {
        return;
    }

    function setOpen(open) {
        button.setAttribute("aria-expanded", String(open));
        nav.classList.toggle("main-nav--open", open);
    }

    button.hidden = false;
    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    // Escape closes the open menu and puts focus back on its button.
    nav.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
        }
    });
})();
