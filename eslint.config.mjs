// ESLint for the site's own scripts (static/js/): small classic scripts loaded with <script defer>, each in
// its own function scope, for the browser. `make lint` runs it.
import js from "@eslint/js";
import globals from "globals";

export default [
    js.configs.recommended,
    {
        files: ["static/js/**/*.js"],
        languageOptions: {
            ecmaVersion: 2020,
            sourceType: "script",
            globals: globals.browser,
        },
        rules: {
            eqeqeq: "error",
            "no-implicit-globals": "error",
            strict: ["error", "function"],
        },
    },
];
