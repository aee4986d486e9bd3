import { describe, expect, it } from 'vitest';
import { isRedirectMeta, toDocument } from '@/lib/documents/to-document';
import { headScript } from '@/lib/head-script';

// The shape of a page as `next build` (Next.js 16.4, Turbopack) prerenders it, cut down: the
// runtime's preload, scripts, bootstrap and RSC payload around the site's own head and body.
const css = '<link rel="stylesheet" href="/_next/static/chunks/3nb5w8cb41h6-.css" data-precedence="next"/>';
const site = {
  head: `<script>${headScript}</script><script type="module" src="/islands/index-7NVDJK2B.js" fetchPriority="low"></script><script type="speculationrules">{"prefetch":[]}</script>`,
  body: '<main><h1>Research</h1><script type="application/ld+json">{"@type":"Article"}</script></main>',
};
const runtime = {
  head: '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/2-fergk9ds13g.js"/><script src="/_next/static/chunks/1lu9ljlema-pq.js" async=""></script>',
  body:
    '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>' +
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/2-fergk9ds13g.js"]})</script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
};
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('a prerendered page served as a document', () => {
  it('loses every runtime script, preload and RSC chunk, and keeps its CSS and the site’s own scripts as they were', () => {
    const { html, removed } = toDocument(page(css + runtime.head + site.head, site.body + runtime.body), 'research.html');
    expect(html).toBe(page(css + site.head, site.body));
    expect(removed).toBe(6);
  });

  it('loses React’s hydration markers, which nothing reads without the runtime, and keeps the text and its spacing', () => {
    const rendered = page(css + site.head, '<main><p>FDA (<!-- -->Food and Drug Administration<!-- -->)<!-- -->: <!-- -->approves drugs.</p><!--$--><p>Late part</p><!--/$--></main>');
    expect(toDocument(rendered, 'research.html').html).toBe(page(css + site.head, '<main><p>FDA (Food and Drug Administration): approves drugs.</p><p>Late part</p></main>'));
  });

  it('is unchanged when it is already a document, so the step can run twice', () => {
    const document = page(css + site.head, site.body);
    expect(toDocument(document, 'research.html')).toEqual({ html: document, removed: 0 });
  });

  it('fails, naming the file, on a script the step does not know, rather than serving a page that may need it', () => {
    const unknown = page(css + site.head, `${site.body}<script>window.analytics=1</script>`);
    expect(() => toDocument(unknown, '.next/server/app/research.html')).toThrow(/^\.next\/server\/app\/research\.html: .*a script this step does not know: <script>window\.analytics=1/);
  });

  it('fails when Next.js renames its runtime, because the renamed scripts are then unknown', () => {
    const renamed = page(css + site.head, `${site.body}<script>(self.__next_g=self.__next_g||[]).push([0])</script>`);
    expect(() => toDocument(renamed, 'research.html')).toThrow(/a script this step does not know: <script>\(self\.__next_g/);
  });

  it('fails when the page has no stylesheet, or no islands', () => {
    expect(() => toDocument(page(site.head, site.body), 'research.html')).toThrow(/no stylesheet link/);
    expect(() => toDocument(page(css, site.body), 'research.html')).toThrow(/no islands script/);
  });

  it('fails on content streaming left hidden for a script to reveal, which a document would never show', () => {
    const streamed = page(css + site.head, `<template id="B:0"></template><div hidden id="S:0"><p>late</p></div>${site.body}`);
    expect(() => toDocument(streamed, 'research.html')).toThrow(/hidden until a script reveals it/);
  });
});

describe('isRedirectMeta', () => {
  // .meta files as `next build` (16.4) writes them beside a page's HTML, cut down: a former
  // address (permanentRedirect in the route) and an ordinary page.
  const redirect = '{"status":308,"headers":{"location":"/articles/choosing-a-specialty","x-nextjs-prerender":"1"},"segmentPaths":["/_tree"]}';
  const page = '{"headers":{"x-nextjs-stale-time":"300","x-nextjs-prerender":"1"},"segmentPaths":["/_tree"]}';

  it('tells a prerendered redirect, which the step leaves alone, from a page it rewrites', () => {
    expect(isRedirectMeta(redirect)).toBe(true);
    expect(isRedirectMeta(page)).toBe(false);
  });
});
