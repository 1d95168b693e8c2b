/**
 * The attributes every widget and `<hub-provider>` share: where the backend is, and the configuration a
 * council gives in HTML (hub name, phone, privacy notice…). One declaration, so they never drift apart.
 */
import type { PropertyDeclarations } from 'lit';
import type { HubAdapter } from '../../core/adapter.js';
import type { HubConfig } from '../../core/config.js';

const list = (value: string | null) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined);

export const configProperties: PropertyDeclarations = {
  adapter: { converter: { fromAttribute: (value: string | null) => value ?? undefined } },
  src: {},
  apiBase: { attribute: 'api-base' },
  postcodeLookup: { attribute: 'postcode-lookup' },
  hubName: { attribute: 'hub-name' },
  hubPhone: { attribute: 'hub-phone' },
  hubPhoneHours: { attribute: 'hub-phone-hours' },
  childrenServicesPhone: { attribute: 'childrens-services-phone' },
  privacyUrl: { attribute: 'privacy-url' },
  privacyVersion: { attribute: 'privacy-version' },
  localities: { converter: { fromAttribute: list } },
  exitUrl: { attribute: 'exit-url' },
};

export interface ConfigAttributes {
  /**
   * The backend: a `HubAdapter` object (property only), or the name of a registered adapter (`adapter="demo"`).
   */
  adapter: HubAdapter | string | undefined;
  /** An Open Referral UK feed's base URL, for the directory. */
  src: string | undefined;
  /** The project's HTTP API base URL, for sessions, bookings and forms. */
  apiBase: string | undefined;
  /** A postcodes.io-compatible service's base URL, for postcode look-ups beside `src`. */
  postcodeLookup: string | undefined;
  hubName: string | undefined;
  hubPhone: string | undefined;
  hubPhoneHours: string | undefined;
  childrenServicesPhone: string | undefined;
  privacyUrl: string | undefined;
  privacyVersion: string | undefined;
  /** Localities, e.g. `localities="North, Central, South"`. */
  localities: string[] | undefined;
  exitUrl: string | undefined;
}

/** The configuration given by these attributes (unset ones are left out, so others can fill them). */
export function configFromAttributes(element: ConfigAttributes): HubConfig {
  return {
    hubName: element.hubName,
    phone: element.hubPhone,
    phoneHours: element.hubPhoneHours,
    childrenServicesPhone: element.childrenServicesPhone,
    privacyUrl: element.privacyUrl,
    privacyVersion: element.privacyVersion,
    localities: element.localities,
    exitUrl: element.exitUrl,
  };
}
