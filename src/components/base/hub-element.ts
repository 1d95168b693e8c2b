/**
 * The base class of every `hub-*` widget: finds the adapter and configuration, picks the language,
 * emits typed events, announces status messages, and renders the problem and configuration states that
 * keep a family from ever meeting a blank box.
 */
import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { HubAdapter } from '../../core/adapter.js';
import { mergeConfig, type HubConfig, type ResolvedConfig } from '../../core/config.js';
import { adapterContext, configContext } from '../../core/context.js';
import { toAdapterError, type AdapterErrorCode } from '../../core/errors.js';
import { HubErrorEvent } from '../../core/events.js';
import { telHref } from '../../core/links.js';
import { VERSION } from '../../core/version.js';
import { adapterFromSource, guard, onAdapterRegistered } from '../../adapters/registry.js';
import { configFromAttributes, configProperties, type ConfigAttributes } from './config-attributes.js';
import { LocalizeController } from '../../controllers/localize.js';
import type { MessageKey } from '../../i18n/messages.js';
import { withSlots } from '../../i18n/slots.js';
import { liveRegion } from '../../partials/content.js';
import { button } from '../../partials/navigation.js';

const PROBLEM_MESSAGES: Partial<Record<AdapterErrorCode, MessageKey>> = {
  network: 'common.problem.network',
  timeout: 'common.problem.network',
  'not-found': 'common.problem.notFound',
  'rate-limited': 'common.problem.rateLimited',
};

export abstract class HubElement extends LitElement implements ConfigAttributes {
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    ...configProperties,
    announcement: { state: true },
  };

  declare adapter: HubAdapter | string | undefined;
  declare src: string | undefined;
  declare apiBase: string | undefined;
  declare postcodeLookup: string | undefined;
  declare hubName: string | undefined;
  declare hubPhone: string | undefined;
  declare hubPhoneHours: string | undefined;
  declare childrenServicesPhone: string | undefined;
  declare privacyUrl: string | undefined;
  declare privacyVersion: string | undefined;
  declare exitUrl: string | undefined;
  declare localities: string[] | undefined;
  /** The text in the widget's polite live region. */
  protected declare announcement: string;

  /** Used in event details, e.g. "service-finder". */
  protected abstract readonly widgetName: string;

  protected readonly localize = new LocalizeController(this);
  protected readonly t = this.localize.t;

  private providedAdapter: HubAdapter | undefined;
  private providedConfig: HubConfig | undefined;
  private announceTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.announcement = '';
    new ContextConsumer(this, {
      context: adapterContext,
      subscribe: true,
      callback: (value) => {
        this.providedAdapter = value;
        this.requestUpdate();
      },
    });
    new ContextConsumer(this, {
      context: configContext,
      subscribe: true,
      callback: (value) => {
        this.providedConfig = value;
        this.requestUpdate();
      },
    });
  }

  /** The adapter this widget uses, validated at the boundary; undefined when none is configured. */
  get hubAdapter(): HubAdapter | undefined {
    try {
      return this.findAdapter();
    } catch {
      // A factory that cannot build (e.g. adapter="http" without api-base) is a configuration problem.
      return undefined;
    }
  }

  private findAdapter(): HubAdapter | undefined {
    const own = adapterFromSource(this);
    if (own) return own;
    return this.providedAdapter ? guard(this.providedAdapter) : undefined;
  }

  /** Configuration: defaults, then an enclosing `<hub-provider>`, then this widget's attributes. */
  get config(): ResolvedConfig {
    return mergeConfig(this.providedConfig, configFromAttributes(this));
  }

  protected get hubNameText(): string {
    return this.config.hubName ?? this.t('common.hubNameDefault');
  }

  private stopWatchingRegistry?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // adapter="name" may be registered after this widget first rendered (a later script tag).
    this.stopWatchingRegistry = onAdapterRegistered(() => this.requestUpdate());
    if (!this.hasAttribute('dir') && this.localize.dir === 'rtl') this.setAttribute('dir', 'rtl');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingRegistry?.();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(): void {
    // Right-to-left languages read right to left even on a left-to-right page.
    const dir = this.localize.dir;
    if (dir === 'rtl' && this.getAttribute('dir') !== 'rtl') this.setAttribute('dir', 'rtl');
    if (dir === 'ltr' && this.getAttribute('dir') === 'rtl') this.removeAttribute('dir');
  }

  emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }

  /** Says something to screen-reader users through the widget's polite live region. */
  protected announce(text: string): void {
    // Clearing first, then setting a moment later, makes the same message heard again (the same result
    // count twice). A timer, not an animation frame: frames never fire in a background tab.
    this.announcement = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = text;
    }, 50);
  }

  protected renderAnnouncer() {
    return liveRegion(this.announcement);
  }

  /** Focuses the first element matching a selector once the next render is done. */
  protected async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    if (!target.hasAttribute('tabindex') && !target.matches('a, button, input, select, textarea')) target.setAttribute('tabindex', '-1');
    target.focus();
  }

  /** "You can call Brackenford Family Hubs on 01632 960 001 (Monday to Friday, 9am to 5pm)." */
  protected renderCallUs() {
    const { phone, phoneHours } = this.config;
    if (!phone) return nothing;
    const href = telHref(phone);
    const link = href ? html`<a href="${href}">${phone}</a>` : html`${phone}`;
    const key = phoneHours ? 'common.problem.phoneHours' : 'common.problem.phone';
    return html`<p class="hub-body">
      ${withSlots(this.t(key, { hubName: this.hubNameText, ...(phoneHours ? { hours: phoneHours } : {}) }), { phone: link })}
    </p>`;
  }

  /** The plain-English problem state: never a stack trace, always a way to reach a person. */
  protected renderProblem(error: unknown, retry?: () => void) {
    const adapterError = toAdapterError(error);
    const messageKey = PROBLEM_MESSAGES[adapterError.code] ?? 'common.problem.tryLater';
    return html`<div class="hub-problem" part="problem">
      <h2 class="hub-heading-m" tabindex="-1" data-problem-heading>${this.t('common.problem.title')}</h2>
      <p class="hub-body">${this.t(messageKey)}</p>
      ${this.renderCallUs()}
      ${retry && adapterError.retryable ? button({ text: this.t('common.tryAgain'), variant: 'secondary', onClick: retry }) : nothing}
    </div>`;
  }

  /** Reports an adapter failure to the host page (code only) and returns it typed. */
  protected reportError(error: unknown) {
    const adapterError = toAdapterError(error);
    if (adapterError.code !== 'aborted') this.emit(new HubErrorEvent({ widget: this.widgetName, code: adapterError.code }));
    return adapterError;
  }

  /** Shown when the page gave the widget no backend: tells the web team what to add, not a blank box. */
  protected renderConfigurationError() {
    return html`<div class="hub-problem" part="problem" role="alert">
      <h2 class="hub-heading-m">${this.t('common.config.title')}</h2>
      <p class="hub-body">${this.t('common.config.body')}</p>
      ${this.renderCallUs()}
    </div>`;
  }
}

/**
 * Defines a tag once. Loading the script twice, or two versions, never throws; a version mismatch warns
 * once (the first definition wins).
 */
export function defineElement(tag: string, constructor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== constructor.version) {
    // One warning per pair of versions, whatever the number of tags: loading a second bundle is one mistake.
    const key = Symbol.for('family-hub-widgets/version-warnings@1');
    const holder = globalThis as unknown as Record<symbol, Set<string> | undefined>;
    const warned = (holder[key] ??= new Set());
    const pair = `${existing.version ?? 'unknown'} ${constructor.version ?? 'unknown'}`;
    if (!warned.has(pair)) {
      warned.add(pair);
      console.warn(
        `family-hub-widgets ${existing.version ?? 'unknown'} is already on this page (<${tag}> and the other tags it defined); version ${constructor.version ?? 'unknown'} was not loaded. Load one copy of the library.`,
      );
    }
  }
}
