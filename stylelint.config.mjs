// Stylelint for static/css/ (`make lint`): stylelint-config-standard, fitted to how the stylesheets are written.
export default {
    extends: ["stylelint-config-standard"],
    rules: {
        // BEM names (block__element--modifier) in kebab case, as every template uses them.
        "selector-class-pattern": [
            "^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$",
            { message: "Class names are BEM in kebab case: block__element--modifier" },
        ],
        // The type scale's negative step is --step--1.
        "custom-property-pattern": [
            "^[a-z][a-z0-9]*(-{1,2}[a-z0-9]+)*$",
            { message: "Custom properties are kebab case; a double hyphen marks a negative step (--step--1)" },
        ],
        // Paper sizes are written as printed: A4.
        "value-keyword-case": ["lower", { ignoreKeywords: ["A4"] }],
        // min-width/max-width, which browsers older than the range syntax (Safari before 16.4) understand.
        "media-feature-range-notation": "prefix",
        // Layout, not correctness: the stylesheets keep a short rule on one line and group related rules
        // without blank lines between them.
        "declaration-block-single-line-max-declarations": null,
        "rule-empty-line-before": null,
        "at-rule-empty-line-before": null,
        "comment-empty-line-before": null,
        "declaration-empty-line-before": null,
        "custom-property-empty-line-before": null,
        // Compares selectors of different components that never match the same element (".main-nav a:hover"
        // and ".card__title a"): in a stylesheet ordered by component it reports order, not conflicts.
        "no-descending-specificity": null,
    },
};
