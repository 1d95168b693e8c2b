/**
 * Configuration a council gives once (on `<hub-provider>`) or per widget (attributes). Every word a family
 * needs to reach a person — the hub's phone number above all — comes from here.
 */
export interface HubConfig {
  /** How the hub is named in sentences, e.g. "Brackenford Family Hubs". */
  hubName?: string;
  /** The hub's phone number, offered wherever a family could get stuck. */
  phone?: string;
  /** When the phone is answered, e.g. "Monday to Friday, 9am to 5pm". */
  phoneHours?: string;
  /** Children's services number for worries about a child's safety (self-referral safeguarding notice). */
  childrenServicesPhone?: string;
  /** The privacy notice families read before they submit. */
  privacyUrl?: string;
  /** Recorded with every consent, e.g. "2026-09". */
  privacyVersion?: string;
  /** Localities, e.g. ["North", "Central", "South"]. */
  localities?: string[];
  /** Where "Exit this page" goes: a neutral page such as a weather or search site. */
  exitUrl?: string;
}

export const DEFAULT_CONFIG = {
  privacyVersion: '1',
  localities: [] as string[],
  exitUrl: 'https://www.bbc.co.uk/weather',
} satisfies HubConfig;

export type ResolvedConfig = HubConfig & typeof DEFAULT_CONFIG;

/** Later sources win; undefined and empty values never override. */
export function mergeConfig(...sources: (HubConfig | undefined)[]): ResolvedConfig {
  const merged: HubConfig = { ...DEFAULT_CONFIG };
  for (const source of sources) {
    if (!source) continue;
    for (const [key, value] of Object.entries(source) as [keyof HubConfig, unknown][]) {
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value) && value.length === 0) continue;
      (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged as ResolvedConfig;
}
