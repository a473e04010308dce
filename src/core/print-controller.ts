import type { ReactiveController, ReactiveControllerHost } from 'lit';

const media = matchMedia('print');

/**
 * Whether the page is being printed, told to the host as it changes (`beforeprint`, `afterprint`
 * and the print media query, which a browser's "save as PDF" may change alone). The map draws its
 * canvas again in black on white; the ranking draws every row of a long list, not only those in view.
 */
export class PrintController implements ReactiveController {
  private before = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly changed: () => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  /** True from `beforeprint` to `afterprint`, or while the print media query matches. */
  get printing(): boolean {
    return this.before || media.matches;
  }

  private readonly on = (e: Event) => {
    this.before = e.type === 'beforeprint';
    this.changed();
  };

  hostConnected(): void {
    addEventListener('beforeprint', this.on);
    addEventListener('afterprint', this.on);
    media.addEventListener('change', this.on);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.on);
    removeEventListener('afterprint', this.on);
    media.removeEventListener('change', this.on);
  }
}
