/**
 * Registers an island's custom element once. The browser then runs it for every element of that
 * name, whether it was in the page's HTML or put there later (by React, under `next dev`).
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

/**
 * An island whose listeners end when it leaves the page: `start` attaches them with `signal`,
 * and `disconnectedCallback` removes them all at once.
 */
export abstract class Island extends HTMLElement {
  #controller?: AbortController;

  connectedCallback(): void {
    this.#controller = new AbortController();
    this.start(this.#controller.signal);
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }

  protected abstract start(signal: AbortSignal): void;
}
