/**
 * Inline in <head>: switches on smooth scrolling (see `html[data-smooth-scroll]` in globals.css)
 * once the page has loaded. By then the browser has already taken a reader who opened a link to a
 * heading straight there; smooth from the start, it would scroll down the whole page to it.
 */
export const smoothScrollScript = `addEventListener('load',function(){requestAnimationFrame(function(){document.documentElement.dataset.smoothScroll=''})})`;
