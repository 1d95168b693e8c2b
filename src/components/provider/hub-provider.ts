import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import type { HubAdapter } from '../../core/adapter.js';
import { adapterContext, configContext } from '../../core/context.js';
import { VERSION } from '../../core/version.js';
import { adapterFromSource, onAdapterRegistered } from '../../adapters/registry.js';
import { configFromAttributes, configProperties, type ConfigAttributes } from '../base/config-attributes.js';

/**
 * @summary Gives one adapter and one configuration to every widget inside it.
 * @tag hub-provider
 *
 * @attr adapter - The name of a registered adapter, e.g. `demo`. As a property, a `HubAdapter` object.
 * @attr src - An Open Referral UK feed's base URL (used when no adapter is named).
 * @attr api-base - The HTTP API's base URL (used when no adapter is named).
 * @attr hub-name - The hub's name in sentences, e.g. "Brackenford Family Hubs".
 * @attr hub-phone - The hub's phone number, offered wherever a family could get stuck.
 * @attr hub-phone-hours - When the phone is answered.
 * @attr childrens-services-phone - Children's services number for worries about a child's safety.
 * @attr privacy-url - The privacy notice.
 * @attr privacy-version - The privacy notice's version, recorded with each consent.
 * @attr localities - Comma-separated localities, e.g. "North, Central, South".
 * @attr exit-url - Where "Exit this page" goes.
 *
 * @slot - The widgets that share this adapter and configuration.
 */
export class HubProvider extends LitElement implements ConfigAttributes {
  static readonly version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = configProperties;

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
  declare localities: string[] | undefined;
  declare exitUrl: string | undefined;

  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext });

  private stopWatchingRegistry?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // adapter="name" may be registered after this provider first resolved it (a later script tag).
    this.stopWatchingRegistry = onAdapterRegistered(() => this.provideAdapter());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingRegistry?.();
  }

  private provideAdapter(): void {
    let adapter: HubAdapter | undefined;
    try {
      adapter = adapterFromSource(this);
    } catch {
      adapter = undefined; // the widgets inside say "not set up yet"
    }
    this.adapterProvider.setValue(adapter);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('src') || changed.has('apiBase') || changed.has('postcodeLookup')) this.provideAdapter();
    this.configProvider.setValue(configFromAttributes(this));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
