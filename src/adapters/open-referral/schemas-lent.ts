/**
 * `schemas.ts` as the reader's CDN file has it (scripts/build.mjs swaps it in): empty until the widget
 * file that fetched the reader lends it the model with `lendModel`, before any adapter is built.
 */
/** What `schemas.ts` exports: the parts of the model the reader uses. */
export type ReaderModel = typeof import('./schemas.js');

export let AddressSchema: ReaderModel['AddressSchema'];
export let CategorySchema: ReaderModel['CategorySchema'];
export let CostOptionSchema: ReaderModel['CostOptionSchema'];
export let LanguageSchema: ReaderModel['LanguageSchema'];
export let LocationSchema: ReaderModel['LocationSchema'];
export let MAX_AGE_MONTHS: ReaderModel['MAX_AGE_MONTHS'];
export let ScheduleSchema: ReaderModel['ScheduleSchema'];
export let ServiceSchema: ReaderModel['ServiceSchema'];
export let ServiceSummarySchema: ReaderModel['ServiceSummarySchema'];
export let SERVICE_STATUSES: ReaderModel['SERVICE_STATUSES'];
export let WEEKDAYS: ReaderModel['WEEKDAYS'];

export function lendModel(model: ReaderModel): void {
  ({
    AddressSchema,
    CategorySchema,
    CostOptionSchema,
    LanguageSchema,
    LocationSchema,
    MAX_AGE_MONTHS,
    ScheduleSchema,
    ServiceSchema,
    ServiceSummarySchema,
    SERVICE_STATUSES,
    WEEKDAYS,
  } = model);
}
