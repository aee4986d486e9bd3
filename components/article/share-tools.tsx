'use client';

import { useEffect, useRef, useState } from 'react';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The page's Share button (the system share sheet where the browser has one, else copy link)
 * and the copy-link buttons of its headings, which stay invisible until this script can run them.
 * Every result is announced in a polite live region.
 */
export function ShareTools({ title, url }: { title: string; url: string }) {
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState('');
  const timer = useRef<number>(undefined);

  useEffect(() => {
    const announce = (text: string) => {
      setMessage(text);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setMessage(''), 4000);
    };
    const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]');
    for (const button of buttons) button.dataset.copyReady = 'true';
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-link]');
      if (!button) return;
      const copied = await copyText(button.dataset.copyLink!);
      const section = button.getAttribute('aria-label')!.replace(/^Copy link to section: /, '');
      announce(copied ? `Link to “${section}” copied` : 'Could not copy the link; copy it from the address bar');
      if (copied) {
        button.dataset.copied = 'true';
        window.setTimeout(() => delete button.dataset.copied, 2000);
      }
    };
    document.addEventListener('click', onClick);
    setReady(true);
    return () => {
      document.removeEventListener('click', onClick);
      window.clearTimeout(timer.current);
    };
  }, []);

  const share = async () => {
    if (navigator.share) {
      try {
        await navigator.share({ title, url });
      } catch {
        // The reader closed the share sheet: nothing to report.
      }
      return;
    }
    const copied = await copyText(url);
    setMessage(copied ? 'Link to this page copied' : 'Could not copy the link; copy it from the address bar');
  };

  return (
    <>
      <button
        type="button"
        disabled={!ready}
        onClick={share}
        // Invisible, not absent, until it works: the line keeps its height and nothing shifts.
        className="cursor-pointer rounded-md disabled:invisible border border-line bg-surface px-3 py-1 text-sm font-medium text-ink hover:border-accent hover:text-accent"
      >
        Share
      </button>
      <p role="status" aria-live="polite" className="text-sm text-accent">
        {message}
      </p>
    </>
  );
}
