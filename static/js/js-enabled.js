// Marks the page as having JavaScript before the first paint, so the phone menu starts closed instead of
// collapsing as the page loads. A file, not an inline script: the Content-Security-Policy allows no inline
// scripts on public pages (and a nonce would not survive the page cache).
document.documentElement.classList.add("js");
