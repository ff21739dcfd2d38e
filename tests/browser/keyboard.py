"""Keyboard helpers: move with Tab as a keyboard user would, checking at every step that focus is on
something (never lost to the page body), visibly marked, and moving on (never trapped)."""

FOCUS_STATE = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) { return null; }
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        html: el.outerHTML.slice(0, 160),
        visible: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
            || style.boxShadow !== "none",
        onScreen: box.width > 0 && box.height > 0,
    };
}"""


def focused(page):
    return page.evaluate(FOCUS_STATE)


def tab(page, key="Tab"):
    """Press Tab once; return the newly focused element's state, failing if focus is lost or invisible."""
    before = page.evaluate("() => document.activeElement && document.activeElement.outerHTML")
    page.keyboard.press(key)
    state = focused(page)
    assert state is not None, f"focus was lost after {key} from {before[:160] if before else None}"
    assert state["onScreen"], f"focus went to something not shown: {state['html']}"
    assert state["visible"], f"no visible focus indicator on {state['html']}"
    return state


def tab_to(page, selector, limit=80):
    """Tab until the element matching ``selector`` has focus; fail if it never does."""
    target = page.locator(selector).first
    seen = []
    for _ in range(limit):
        state = tab(page)
        if target.evaluate("el => el === document.activeElement"):
            return state
        seen.append(state["html"])
    raise AssertionError(f"{selector} never got focus; Tab went through: {seen[-10:]}")
