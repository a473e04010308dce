import { expect, oneEvent } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { DataController, readJson } from '../../src/core/data-controller.js';
import { clearLoadCache } from '../../src/core/load.js';

/**
 * A host that records, at each render, whether a task queued at the end of the check has run: it
 * has when the render comes in a task of its own (a large file's check and its first render are two
 * tasks on a phone, not one long one).
 */
class CheckedHost extends LitElement {
  static override properties = { src: {}, data: { attribute: false } };
  declare src?: string;
  declare data?: unknown;
  checks = 0;
  /** At each render with data: whether the task queued when the check ended had run. */
  renders: boolean[] = [];
  private taskRan = false;
  readonly controller = new DataController<object>(this, readJson, (json) => {
    this.checks++;
    this.taskRan = false;
    setTimeout(() => (this.taskRan = true));
    return json as object;
  });

  override render() {
    if (this.controller.state === 'complete') this.renders.push(this.taskRan);
    return html`${this.controller.value ? Object.keys(this.controller.value).join(' ') : ''}`;
  }
}
customElements.define('test-checked-host', CheckedHost);

describe('DataController', () => {
  beforeEach(() => clearLoadCache());

  it('a fetched file is drawn in the task after its check, not in the same one', async () => {
    const el = document.createElement('test-checked-host') as CheckedHost;
    el.src = '/test/fixtures/kota-metro.json';
    const loaded = oneEvent(el, 'spbe-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(el.checks).to.equal(1);
    expect(el.renders).to.deep.equal([true]);
    expect(el.shadowRoot!.textContent).to.contain('instansi');
    el.remove();
  });

  it('data given in memory is still drawn in the first render, without waiting for a task', async () => {
    const el = document.createElement('test-checked-host') as CheckedHost;
    el.data = { year: 2024 };
    document.body.append(el);
    await el.updateComplete;
    expect(el.renders).to.deep.equal([false]);
    expect(el.shadowRoot!.textContent).to.contain('year');
    el.remove();
  });
});
