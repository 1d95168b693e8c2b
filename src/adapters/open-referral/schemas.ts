/**
 * What the reader takes from the domain model at run time. One module on purpose: the per-widget CDN
 * build swaps it for `schemas-lent.ts`, so the reader's file uses the widget file's copy of the model (and
 * of zod) instead of downloading a second one.
 */
export {
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
} from '../../core/model.js';
