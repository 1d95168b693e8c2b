import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { translator } from '../../i18n/messages.js';
import { ExitShortcutController, exitPageButton, exitPageOverlay, exitPageStyles } from '../../partials/exit-page.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { expectAccessible } from '../../test-support/a11y.js';

const t = translator('en-GB');

class ExitHost extends LitElement {
  static override styles = [...baseStyles, formStyles, exitPageStyles];
  exits = 0;
  progress: number[] = [];
  overlay = false;
  readonly shortcut = new ExitShortcutController(this, {
    onExit: () => this.exit(),
    onProgress: (remaining) => this.progress.push(remaining),
  });
  exit() {
    this.exits++;
  }
  protected override render() {
    return html`${this.overlay ? exitPageOverlay(t) : exitPageButton({ t, onExit: () => this.exit(), presses: this.shortcut.presses, showHint: true })}
      <label for="field">Your name</label><input id="field" />`;
  }
}
customElements.define('exit-page-test-host', ExitHost);

/** Holds Shift while pressing another key, as when typing a capital. */
async function shiftWith(key: string) {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

async function host() {
  return fixture<ExitHost>(html`<exit-page-test-host></exit-page-test-host>`);
}

describe('Exit this page partial', () => {
  it('renders an accessible warning button that exits when pressed', async () => {
    const el = await host();
    await expectAccessible(el, 'exit this page');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-exit-page]')!;
    expect(button.textContent!.trim()).to.equal('Exit this page');
    expect(button.getAttribute('part')).to.equal('exit-page-button');
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.contain('Shift 3 times');
    button.click();
    expect(el.exits).to.equal(1);
  });

  it('exits on Shift pressed three times, showing progress on the way', async () => {
    const el = await host();
    el.shadowRoot!.querySelector<HTMLInputElement>('#field')!.focus();
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(el.shortcut.presses).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('.hub-exit-this-page__dot--on').length).to.equal(1);
    await sendKeys({ press: 'Shift' });
    expect(el.progress).to.deep.equal([2, 1]);
    expect(el.exits).to.equal(0);
    await sendKeys({ press: 'Shift' });
    expect(el.exits).to.equal(1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-exit-indicator]')).to.equal(null);
  });

  it('does not exit while someone types capitals or uses Shift+Tab', async () => {
    const el = await host();
    el.shadowRoot!.querySelector<HTMLInputElement>('#field')!.focus();
    await sendKeys({ press: 'Shift' });
    await shiftWith('A');
    await shiftWith('B');
    await shiftWith('Tab');
    expect(el.exits).to.equal(0);
    // Two presses, then a capital: the third Shift was for typing.
    el.shadowRoot!.querySelector<HTMLInputElement>('#field')!.focus();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await shiftWith('C');
    expect(el.exits).to.equal(0);
    expect(el.shortcut.presses).to.be.lessThan(3);
  });

  it('stops listening when the widget leaves the page', async () => {
    const el = await host();
    el.remove();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(el.exits).to.equal(0);
  });

  it('has an overlay that covers the window', async () => {
    const el = await host();
    el.overlay = true;
    el.requestUpdate();
    await el.updateComplete;
    const overlay = el.shadowRoot!.querySelector<HTMLElement>('[data-exit-overlay]')!;
    const box = overlay.getBoundingClientRect();
    expect(box.width).to.equal(window.innerWidth);
    expect(box.height).to.equal(window.innerHeight);
    expect(getComputedStyle(overlay).position).to.equal('fixed');
  });
});
