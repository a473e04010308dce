import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Widgets run in browsers only (they define custom elements), so matchMedia is there.
const query = matchMedia('(prefers-color-scheme: dark)');

/**
 * Resolves a widget's `theme` (`auto`, `light`, `dark`) to light or dark, following the reader's
 * `prefers-color-scheme` live for `auto`. The widget renders the answer as a class on its base, so the
 * dark tokens are written once in CSS instead of once per selector and once per media query.
 */
export class ColorSchemeController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & { theme?: string }) {
    host.addController(this);
  }

  hostConnected(): void {
    query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    query.removeEventListener('change', this.onChange);
  }

  /** The class of the widget's base element: `theme`, with `dark` when dark. */
  get className(): string {
    return this.dark ? 'theme dark' : 'theme';
  }

  get dark(): boolean {
    const theme = this.host.theme;
    return theme === 'dark' || (theme !== 'light' && query.matches);
  }
}
