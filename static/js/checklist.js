// Checklists a person can tick on screen. What is ticked is kept in this browser only (localStorage),
// per guide (its translation key, so Swedish and English share it) and per item (the block id); a reset
// button clears it. A status line announces how many items are done.
(function () {
    "use strict";

    function load(key) {
        try {
            return JSON.parse(window.localStorage.getItem(key)) || [];
        } catch {
            return []; // storage blocked or damaged: ticking still works, it is just not remembered
        }
    }

    function save(key, items) {
        try {
            if (items.length) {
                window.localStorage.setItem(key, JSON.stringify(items));
            } else {
                window.localStorage.removeItem(key);
            }
        } catch {
            // Private mode or full storage: nothing to do.
        }
    }

    document.querySelectorAll("[data-checklist]").forEach(function (list) {
        var key = "kvalitetsnavet:checklist:" + list.dataset.checklist;
        var boxes = Array.prototype.slice.call(list.querySelectorAll("input[type=checkbox][data-item]"));
        var status = list.querySelector("[data-checklist-status]");
        var reset = list.querySelector("[data-checklist-reset]");
        var ticked = load(key);

        function update() {
            var done = boxes.filter(function (box) { return box.checked; });
            save(key, done.map(function (box) { return box.dataset.item; }));
            if (status) {
                status.textContent = list.dataset.statusTemplate
                    .replace("{done}", done.length)
                    .replace("{total}", boxes.length);
            }
        }

        boxes.forEach(function (box) {
            box.checked = ticked.indexOf(box.dataset.item) !== -1;
            box.addEventListener("change", update);
        });
        if (reset) {
            reset.hidden = false;
            reset.addEventListener("click", function () {
                boxes.forEach(function (box) { box.checked = false; });
                update();
                if (boxes.length) {
                    boxes[0].focus();
                }
            });
        }
        update();
    });
})();
