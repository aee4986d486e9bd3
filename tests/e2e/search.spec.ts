import { expect, test, waitForHydration } from './fixtures';
import { sections } from './site';

const education = sections[0];

for (const query of ['fellowship', 'fellowhsip', 'rellowship']) {
  test(`search by keyboard finds the education section for "${query}"`, async ({ page }) => {
    await page.goto(sections[3].href);
    await waitForHydration(page);
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

test('a title or heading match ranks above a text-only match, and matches are highlighted', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('mentor');
  const first = page.getByRole('option').first();
  await expect(first).toContainText(/mentor/i);
  await expect(first.locator('mark').first()).toHaveText(/mentor/i);
  const firstResultHeading = await first.locator('span').nth(1).textContent();
  expect(firstResultHeading).toMatch(/mentor/i);
});

test('Escape closes the dialog and focus returns to where it was', async ({ page }) => {
  await page.goto(education.href);
  await waitForHydration(page);
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
  await waitForHydration(page);
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

  test('a query with markup is shown as text, never run', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', () => dialogs++);
    const query = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('main').locator('q')).toHaveText(query);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
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
