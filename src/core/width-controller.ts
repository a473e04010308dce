import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content width, kept up to date by a ResizeObserver: widgets that lay out in pixels
 * (the trend chart, the map) re-render when it changes. Only a change of width asks for an update,
 * and in the next frame: a re-render changes the host's height, and reacting to that within the
 * observer's frame loops ("ResizeObserver loop completed with undelivered notifications"). That is
 * why this is not @lit-labs/observers' ResizeController, which updates on every change at once.
 */
export class WidthController implements ReactiveController {
  /** Content width in CSS px (0 before the first measure). */
  width = 0;
  private readonly observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    if (typeof ResizeObserver === 'function')
      this.observer = new ResizeObserver(([entry]) => {
        const w = Math.round(entry.contentRect.width);
        if (w !== this.width) {
          this.width = w;
          // Next frame: re-rendering inside this one changes the height under the observer.
          requestAnimationFrame(() => host.requestUpdate());
        }
      });
  }

  hostConnected(): void {
    this.width = this.host.clientWidth;
    this.observer?.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
