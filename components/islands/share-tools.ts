import { define, Island } from './define';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const COPY_FAILED = 'Could not copy the link; copy it from the address bar';
/** The copy-link button beside each shareable heading (components/mdx/heading.tsx). */
const HEADING_BUTTON = '[data-heading-tools] > button';

/**
 * The page's Share button (the system share sheet where the browser has one, else copy link)
 * and the copy-link buttons of its headings, which stay invisible until this can run them.
 * Every result is announced in the element's polite live region.
 */
class ShareTools extends Island {
  #timer = 0;

  protected start(signal: AbortSignal): void {
    const share = this.querySelector<HTMLButtonElement>('button')!;
    const status = this.querySelector('[role="status"]')!;
    // A heading's copy is announced but not shown here, by the Share button, which may be far
    // off screen: the tick on the heading's own button is what the reader sees.
    const announce = (text: string, onScreen = true) => {
      status.classList.toggle('sr-only', !onScreen);
      status.textContent = text;
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => (status.textContent = ''), 4000);
    };
    signal.addEventListener('abort', () => clearTimeout(this.#timer));

    share.addEventListener(
      'click',
      async () => {
        const { title, url } = this.dataset as { title: string; url: string };
        if (navigator.share) {
          try {
            await navigator.share({ title, url });
          } catch {
            // The reader closed the share sheet: nothing to report.
          }
          return;
        }
        announce((await copyText(url)) ? 'Link to this page copied' : COPY_FAILED);
      },
      { signal },
    );

    for (const button of document.querySelectorAll<HTMLButtonElement>(HEADING_BUTTON)) button.dataset.copyReady = '';
    // The heading's link on this page, unless the button names the path that stands in for it.
    // Joined as text, not through URL, which would percent-encode an accented heading id.
    const page = this.dataset.url!;
    const origin = new URL(page).origin;
    const linkOf = (button: HTMLButtonElement) => (button.dataset.copyLink ? origin + button.dataset.copyLink : `${page}#${button.closest('h2, h3, h4')!.id}`);
    document.addEventListener(
      'click',
      async (event) => {
        const button = (event.target as Element).closest<HTMLButtonElement>(HEADING_BUTTON);
        if (!button) return;
        const copied = await copyText(linkOf(button));
        const section = button.getAttribute('aria-label')!.replace(/^Copy link to section: /, '');
        announce(copied ? `Link to “${section}” copied` : COPY_FAILED, !copied);
        if (copied) {
          button.dataset.copied = 'true';
          setTimeout(() => delete button.dataset.copied, 2000);
        }
      },
      { signal },
    );
    share.disabled = false;
  }
}

define('share-tools', ShareTools);
