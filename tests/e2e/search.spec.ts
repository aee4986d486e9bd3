import type { Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures';
import { sections } from './site';

const education = sections[0];

for (const query of ['fellowship', 'fellowhsip', 'rellowship']) {
  test(`search by keyboard finds the education section for "${query}"`, async ({ page }) => {
    await page.goto(sections[3].href);
    await waitForIslands(page);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    // The ARIA combobox pattern: focus stays in the box, which points at the option the arrows select.
    const box = dialog.getByRole('combobox', { name: 'Search the guide' });
    await expect(box).toBeFocused();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.type(query);
    const options = dialog.getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toHaveAttribute('aria-controls', (await dialog.getByRole('listbox').getAttribute('id'))!);
    const hrefs = await options.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const position = hrefs.findIndex((href) => href.startsWith(`${education.href}#`));
    expect(position, `results: ${hrefs.join(', ')}`).toBeGreaterThanOrEqual(0);
    for (let step = 0; step < position; step++) await page.keyboard.press('ArrowDown');
    await expect(options.nth(position)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(position).getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(hrefs[position]);
    await expect(dialog).toBeHidden();
  });
}

test('the arrow keys keep the selected result in view, and the dialog that lists the first results links to all of them', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  const dialog = await searchFromHome(page, 'fellowship');
  const options = dialog.getByRole('option');
  await expect(options).toHaveCount(8);
  await expect(dialog.getByRole('status')).toContainText(/^The first 8 results\. /);
  for (let step = 1; step < 8; step++) {
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(step)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(step)).toBeInViewport({ ratio: 1 });
  }
  // Down from the last goes round to the first, which comes back into view.
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toBeInViewport({ ratio: 1 });
  const all = dialog.getByRole('link', { name: 'All results for “fellowship”' });
  await expect(all).toHaveAttribute('href', '/search?q=fellowship');
  await all.click();
  await expect(page).toHaveURL('/search?q=fellowship');
  // The results page lists more than the dialog did.
  expect(await page.getByRole('main').getByRole('listitem').count()).toBeGreaterThan(8);
});

test('a query with few results lists them all, with no link to more', async ({ page }) => {
  const dialog = await searchFromHome(page, 'loan');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(/^[1-8] results?\. /);
  await expect(dialog.getByRole('link', { name: /^All results/ })).toHaveCount(0);
});

/** Opens the search dialog on the home page with "/" and types the query into it. */
async function searchFromHome(page: Page, query: string) {
  await page.goto('/');
  await waitForIslands(page);
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  return page.getByRole('dialog', { name: 'Search the guide' });
}

test('a word no page has is left out, and the status says so, instead of "No results"', async ({ page }) => {
  // No page mentions a sabbatical, nor does content/search-synonyms.yaml.
  const dialog = await searchFromHome(page, 'sabbatical leave');
  await expect(dialog.getByRole('option').first().locator('a')).toHaveAttribute('href', /#part-time-work-and-parental-leave$/);
  await expect(dialog.getByRole('status')).toContainText('for the other words: no page mentions “sabbatical”');
});

test("a reader's word finds the guide's word for it, with no word left out", async ({ page }) => {
  // The guide says "parental leave"; content/search-synonyms.yaml groups "maternity" with "parental".
  const dialog = await searchFromHome(page, 'maternity leave');
  await expect(dialog.getByRole('option').first().locator('a')).toHaveAttribute('href', /#part-time-work-and-parental-leave$/);
  await expect(dialog.getByRole('status')).toContainText(/^(The first )?\d+ results?\. /);
  await expect(dialog.getByRole('status')).not.toContainText('no page mentions');
});

test('a section that lacks one word of the query follows those with all of them, and says which word it lacks', async ({ page }) => {
  // The section on the J-1 has both words; the glossary's entry for the J-1 visa never says "moonlighting".
  const dialog = await searchFromHome(page, 'J-1 moonlighting');
  const entry = dialog.getByRole('option').filter({ has: page.locator('a[href="/glossary#j-1-visa"]') });
  await expect(entry).toContainText('Missing: moonlighting');
  await expect(entry.locator('s')).toHaveText('moonlighting');
  await expect(dialog.getByRole('option').first()).not.toContainText('Missing:');
  // The tally counts the results listed with every word, whatever the content holds today.
  const complete = await dialog.getByRole('option').filter({ hasNotText: 'Missing:' }).count();
  await expect(dialog.getByRole('status')).toContainText(new RegExp(`^(The first )?\\d+ results\\. ${complete} ${complete === 1 ? 'has' : 'have'} every word; \\d+ lack one\\. Use the arrow keys`));
});

// The full ranking (title and heading matches above text-only ones) is pinned in tests/unit/search.test.ts.
test('the first result for a word is a title or heading match, and matches are highlighted', async ({ page }) => {
  await page.goto('/');
  await waitForIslands(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('mentor');
  const first = page.getByRole('option').first();
  await expect(first).toContainText(/mentor/i);
  await expect(first.locator('mark').first()).toHaveText(/mentor/i);
  const firstResultHeading = await first.locator('span').nth(1).textContent();
  expect(firstResultHeading).toMatch(/mentor/i);
});

test('a British spelling finds and highlights what the US spelling does', async ({ page }) => {
  await page.goto('/');
  await waitForIslands(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('genetic counsellor');
  const first = page.getByRole('option').first();
  await expect(first.locator('a')).toHaveAttribute('href', '/articles/careers-beyond-the-physician#genetic-counselors');
  await expect(first.locator('mark').nth(1)).toHaveText(/^counselors?$/i);
});

for (const { query, href } of [
  { query: 'mentoring', href: '/guides/oncology-hematology/mentors-and-peers#why-mentors-matter' },
  { query: 'applied', href: `${education.href}#applying-to-fellowship` },
]) {
  test(`"${query}" finds and highlights the other inflections of its word`, async ({ page }) => {
    await page.goto('/');
    await waitForIslands(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type(query);
    // The results answer the whole word, snippets included, not a keystroke on the way to it.
    await expect(page.getByRole('dialog').getByRole('combobox')).toHaveValue(query);
    await expect(page.getByRole('listbox')).not.toHaveAttribute('aria-busy');
    const options = page.getByRole('option');
    await expect(options.locator(`a[href="${href}"]`)).toHaveCount(1);
    // Other forms of the word than the one typed are highlighted: "mentors", "apply".
    const marks = (await options.locator('mark').allTextContents()).map((text) => text.toLowerCase());
    expect(marks.filter((text) => text !== query).length, marks.join(', ')).toBeGreaterThan(0);
  });
}

test('a highlight takes up only the width of its text, so the snippet reads as written', async ({ page }) => {
  await page.goto('/');
  await waitForIslands(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('CAR T-cell');
  const result = page.getByRole('option').filter({ has: page.locator('a[href="/guides/oncology-hematology/industry-trends#car-t-cell-therapy"]') });
  await expect(result.locator('mark').first()).toBeVisible();
  await expect(result).toContainText('Chimeric antigen receptor (CAR) T-cell therapy');
  // A mark wider than its text (padding, margin or border) shows as a space: "( CAR ) T -cell".
  const extra = await result.locator('mark').evaluateAll((marks) =>
    marks.map((mark) => {
      const range = document.createRange();
      range.selectNodeContents(mark);
      const style = getComputedStyle(mark);
      const sides = ['padding-left', 'padding-right', 'margin-left', 'margin-right', 'border-left-width', 'border-right-width'].map((name) => parseFloat(style.getPropertyValue(name)));
      return { text: mark.textContent, width: Math.abs(Math.round((mark.getBoundingClientRect().width - range.getBoundingClientRect().width) * 100) / 100), sides: sides.reduce((a, b) => a + b, 0) };
    }),
  );
  expect(extra.length).toBeGreaterThan(0);
  for (const mark of extra) expect(mark, mark.text ?? '').toMatchObject({ width: 0, sides: 0 });
});

test('Escape closes the dialog and focus returns to where it was', async ({ page }) => {
  await page.goto(education.href);
  await waitForIslands(page);
  const share = page.getByRole('button', { name: 'Share' });
  await share.focus();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(share).toBeFocused();
});

test('clicking the header box opens the dialog with the index loaded only then', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => new URL(request.url()).pathname.startsWith('/search/') && indexRequests.push(new URL(request.url()).pathname));
  await page.goto('/');
  await waitForIslands(page);
  expect(indexRequests).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the guide' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Type to search the guide and articles.');
  // The catalog only: term shards and page texts wait for a query that needs them.
  await expect.poll(() => indexRequests).toEqual(['/search/catalog.json']);
  await page.keyboard.type('mentor');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(indexRequests).toContain('/search/terms/m.json');
  expect(indexRequests.filter((path) => path.startsWith('/search/terms/'))).toEqual(['/search/terms/m.json']);
  // The word list is for typos in a first letter: a word that matches nothing in its own shard.
  expect(indexRequests).not.toContain('/search/words.json');
});

test('a query with markup is shown as text, never run, on the results page and in the dialog', async ({ page }) => {
  // With scripts on, where an injected handler could fire: on /search (React runs there) and in the dialog.
  let dialogs = 0;
  page.on('dialog', () => dialogs++);
  const query = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('main').locator('q').first()).toHaveText(query);
  await expect(page.locator('main img')).toHaveCount(0);

  await page.goto(sections[2].href);
  await waitForIslands(page);
  await page.getByRole('searchbox', { name: 'Search the guide' }).first().click();
  const dialog = page.getByRole('dialog');
  await page.keyboard.type(`fellowship ${query}`);
  await expect(dialog.getByRole('status')).toContainText('results');
  await expect(dialog.locator('img, script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the results page shows one search box, its own, holding the query; the / shortcut still opens the dialog', async ({ page }) => {
  await page.goto('/search?q=mentor');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('mentor');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box submits to /search, which lists results on the server', async ({ page }) => {
    await page.goto(sections[2].href);
    const box = page.getByRole('searchbox', { name: 'Search the guide' });
    await box.fill('fellowship');
    await box.press('Enter');
    await expect(page).toHaveURL('/search?q=fellowship');
    const results = page.getByRole('main').getByRole('listitem').getByRole('link');
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.some((href) => href.startsWith(`${education.href}#`))).toBe(true);
    await expect(page.locator('main mark').first()).toHaveText(/fellowship/i);
  });

  test('"maintenance of certification" lists the board certification section first, then the MOC definition', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('maintenance of certification')}`);
    const hrefs = await page.getByRole('main').getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs[0]).toBe(`${education.href}#board-certification`);
    expect(hrefs).toContain('/glossary#moc');
  });

  test('a result that lacks one word of the query says which', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('J-1 moonlighting')}`);
    const entry = page.getByRole('main').getByRole('listitem').filter({ has: page.locator('a[href="/glossary#j-1-visa"]') });
    await expect(entry).toContainText('Missing: moonlighting');
    const complete = await page.getByRole('main').getByRole('listitem').filter({ hasNotText: 'Missing:' }).count();
    await expect(page.getByRole('main').getByRole('status')).toContainText(new RegExp(`^\\d+ results for J-1 moonlighting\\. ${complete} ${complete === 1 ? 'has' : 'have'} every word; \\d+ lack one\\.$`));
  });

  test('a word no page has is left out of the results, and the page names it', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('sabbatical leave')}`);
    const hrefs = await page.getByRole('main').getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs[0]).toMatch(/#part-time-work-and-parental-leave$/);
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toContainText('No page mentions sabbatical, so these results are for the other words.');
    await expect(status.locator('q').nth(1)).toHaveText('sabbatical');
  });

  test('empty and overlong queries get a friendly page', async ({ page }) => {
    let response = await page.goto('/search');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('Type a word or two above')).toBeVisible();
    response = await page.goto(`/search?q=${'a'.repeat(201)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText('longer than 200 characters')).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the header is two rows, the site name beside a Search button that opens the dialog', async ({ page }) => {
    await page.goto(sections[3].href);
    await waitForIslands(page);
    const header = page.getByRole('banner');
    // Before, a full-width search box took a third row: 136 px of a 844 px screen.
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(104);
    await expect(header.getByRole('searchbox')).toBeHidden();
    const name = await header.getByRole('link').first().boundingBox();
    const search = await header.getByRole('button', { name: 'Search' }).boundingBox();
    expect(Math.abs(name!.y + name!.height / 2 - (search!.y + search!.height / 2))).toBeLessThan(4);
    await header.getByRole('button', { name: 'Search' }).tap();
    await expect(page.getByRole('dialog').getByRole('combobox', { name: 'Search the guide' })).toBeFocused();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the Search button opens the results page and its search box', async ({ page }) => {
      await page.goto(sections[3].href);
      await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/search\?q=$/);
      await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the guide' })).toBeVisible();
    });
  });
});
