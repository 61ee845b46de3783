/**
 * The search modal: a native <dialog> (focus is trapped and Esc closes it),
 * created on first open so reading pages carry none of it until then.
 */
import { searchStrings } from '../i18n/search';
import { mountSearch, prepareSearch, type SearchUi } from './search-ui';

export { prepareSearch };

let dialog: HTMLDialogElement | undefined;
let ui: SearchUi | undefined;

export function openSearchDialog(opener: Element | null): void {
  prepareSearch();
  if (dialog === undefined) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-labelledby', 'search-dialog-title');
    const header = document.createElement('div');
    header.className = 'search-dialog-header';
    const title = document.createElement('h2');
    title.id = 'search-dialog-title';
    const words = searchStrings(document.documentElement.lang);
    title.textContent = words.dialogTitle;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-close';
    close.textContent = words.close;
    close.addEventListener('click', () => dialog?.close());
    header.append(title, close);
    const body = document.createElement('div');
    dialog.append(header, body);
    ui = mountSearch(body, { idPrefix: 'search-dialog' });
    // A click on the backdrop (outside the box) closes it too.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    document.body.append(dialog);
  }
  const returnTo = opener instanceof HTMLElement ? opener : null;
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  dialog.showModal();
  ui?.input.focus();
  ui?.input.select();
}
