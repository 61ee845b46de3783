import type { Page } from 'playwright-core';

/**
 * Presses "/" like a reader, waits for the modal's box to take focus (its code
 * loads on that first keypress), types the query, and waits for `until`.
 */
export async function searchFromKeyboard(page: Page, query: string, until = 'dialog[open] .search-result'): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForSelector('dialog[open] input[type="search"]:focus');
  await page.keyboard.type(query);
  await page.waitForSelector(until);
}

/**
 * Resolves true once the element with this id has its top edge in the viewport
 * (scrolling may be smooth, so it waits up to two seconds), false if it never does.
 */
export function inView(page: Page, id: string): Promise<boolean> {
  return page
    .waitForFunction(
      (target) => {
        const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight;
      },
      id,
      { timeout: 2000 },
    )
    .then(() => true)
    .catch(() => false);
}
