/**
 * Inline in <head>, with the smooth-scroll script: finishes laying out the parts of a page's text
 * (`[data-text-part]`, lib/mdx/text-parts.mjs) that the browser skipped while they were off screen.
 *
 * Skipped, a part stands in at a guessed height, and two things go wrong while it does: a smooth
 * jump is aimed when it starts, so one aimed across such parts stops short as they grow on its
 * way; and a part that a sudden scroll (the End key, the scroll bar) brings on screen resizes under
 * the reader. So after the page has loaded the parts are laid out one per frame, rather than all
 * in one task (`[data-laid-out]`); and a jump within the page before that has finished lays them all out at
 * once first (`html[data-text-laid-out]`): on a click of a link to this page, before the browser
 * aims, or, for a jump made another way (the search dialog sets the address), on the hash change,
 * aiming again.
 */
export const textPartsScript = `(function(){var root=document.documentElement;\
addEventListener('load',function(){var parts=[].slice.call(document.querySelectorAll('[data-text-part]'));\
(function next(){var part=parts.shift();if(!part||root.hasAttribute('data-text-laid-out'))return;part.dataset.laidOut='';requestAnimationFrame(function(){setTimeout(next)})})()});\
function layOutAll(){if(root.hasAttribute('data-text-laid-out'))return false;root.dataset.textLaidOut='';return true}\
addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[href*="#"]');if(a&&a.origin===location.origin&&a.pathname===location.pathname)layOutAll()},true);\
addEventListener('hashchange',function(){var target=document.getElementById(decodeURIComponent(location.hash.slice(1)));if(layOutAll()&&target)target.scrollIntoView()})})()`;
