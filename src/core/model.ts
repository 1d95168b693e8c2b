/**
 * The domain model: zod schemas with inferred types.
 *
 * Names follow Open Referral (HSDS 3) where the concept exists there, in camelCase, so that mapping a
 * feed stays obvious. Everything an adapter returns is parsed with these schemas at the boundary; what
 * fails becomes an `AdapterError` with code `invalid-response`.
 */
import * as z from 'zod';

/** Text from a feed or backend: trimmed, never HTML (it is always bound as text). */
const text = (max = 5000) => z.string().trim().max(max);
const id = z.string().trim().min(1).max(200);
/** An instant with an offset, e.g. `2026-03-31T10:00:00+01:00`. */
const instant = z.iso.datetime({ offset: true });
/** A calendar date, e.g. `2026-03-31`. */
const calendarDate = z.iso.date();
/** A 24-hour local time in Europe/London, e.g. `09:30`. */
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 09:30');

// ---------------------------------------------------------------------------------------------------
// Ages

/** Up to 25 years (SEND), in months. */
export const MAX_AGE_MONTHS = 25 * 12 + 11;

/**
 * Who a service is for, by age. Months are "completed months": a service for "0 to 1 year" is
 * `{ minMonths: 0, maxMonths: 23 }` (a child is 1 until their second birthday).
 */
export const AgeRangeSchema = z.object({
  /** Open to families during pregnancy (antenatal). */
  pregnancy: z.boolean().default(false),
  /** Youngest child, in completed months; null when the service is for pregnancy only. */
  minMonths: z.number().int().min(0).max(MAX_AGE_MONTHS).nullable().default(0),
  /** Oldest child, in completed months, inclusive; null when there is no upper limit stated. */
  maxMonths: z.number().int().min(0).max(MAX_AGE_MONTHS).nullable().default(null),
  /** Young people with special educational needs and disabilities stay eligible up to 25. */
  sendTo25: z.boolean().default(false),
});
export type AgeRange = z.infer<typeof AgeRangeSchema>;

/** One child's age as a family gives it: expecting, or an age in months (years × 12 for older children). */
export const ChildAgeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pregnancy') }),
  z.object({
    kind: z.literal('age'),
    months: z.number().int().min(0).max(MAX_AGE_MONTHS),
    /** Has special educational needs or a disability (extends eligibility to 25 where a service allows). */
    send: z.boolean().default(false),
  }),
]);
export type ChildAge = z.infer<typeof ChildAgeSchema>;

// ---------------------------------------------------------------------------------------------------
// Directory: organisations, categories, locations, schedules, services

export const OrganisationSchema = z.object({
  id,
  name: text(300).min(1),
  url: z.string().url().optional(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const CategorySchema = z.object({
  id,
  name: text(300).min(1),
  parentId: id.nullable().default(null),
});
export type Category = z.infer<typeof CategorySchema>;

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;

/** An RFC 5545 BYDAY entry: a weekday, optionally with an ordinal for monthly rules (`1SA`, `-1FR`). */
export const ByDaySchema = z.string().regex(/^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/);

/** A regular schedule in the shape of HSDS 3 `schedule` (RRULE-style), times local to Europe/London. */
export const ScheduleSchema = z.object({
  freq: z.enum(['DAILY', 'WEEKLY', 'MONTHLY']),
  interval: z.number().int().min(1).max(52).default(1),
  byday: z.array(ByDaySchema).default([]),
  bymonthday: z.array(z.number().int().min(-31).max(31).refine((d) => d !== 0)).default([]),
  opensAt: localTime.optional(),
  closesAt: localTime.optional(),
  /** First date the rule applies (also the anchor for "every other week"). */
  validFrom: calendarDate.optional(),
  validTo: calendarDate.optional(),
  /** Number of occurrences (e.g. a six-week course). */
  count: z.number().int().min(1).max(520).optional(),
  /** Which location this schedule is for, when a service runs in several places. */
  locationId: id.optional(),
  /** Free-text note from the feed, e.g. "Term time only". */
  description: text(500).optional(),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const GeoPointSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;

export const AddressSchema = z.object({
  line1: text(200).min(1),
  line2: text(200).optional(),
  town: text(100).min(1),
  postcode: text(10).min(1),
});
export type Address = z.infer<typeof AddressSchema>;

export const LocationSchema = z.object({
  id,
  name: text(300).min(1),
  address: AddressSchema.optional(),
  point: GeoPointSchema.optional(),
  /** Accessibility facts, e.g. "Step-free access", "Accessible toilet", "Hearing loop". */
  accessibility: z.array(text(300)).default([]),
  /** The building is a Family Hub (not a network site or partner venue). */
  isFamilyHub: z.boolean().default(false),
  /** Locality (e.g. North, Central, South) where the area uses them. */
  locality: text(100).optional(),
});
export type Location = z.infer<typeof LocationSchema>;

export const DELIVERY_MODES = ['in_person', 'online', 'telephone', 'home_visit'] as const;
export const DeliveryModeSchema = z.enum(DELIVERY_MODES);
export type DeliveryMode = z.infer<typeof DeliveryModeSchema>;

/** How a family gets the service. A service can have several. */
export const ACCESS_ROUTES = ['drop_in', 'book', 'self_refer', 'referral'] as const;
export const AccessRouteSchema = z.enum(ACCESS_ROUTES);
export type AccessRoute = z.infer<typeof AccessRouteSchema>;

export const CostOptionSchema = z.object({
  /** Pounds, e.g. 2.5 for £2.50. */
  amount: z.number().min(0).max(100000).optional(),
  description: text(300).optional(),
});
export const CostSchema = z.object({
  free: z.boolean(),
  options: z.array(CostOptionSchema).default([]),
});
export type Cost = z.infer<typeof CostSchema>;

export const LanguageSchema = z.object({
  name: text(100).min(1),
  /** ISO 639 code where known, e.g. `cy`, `pl`, `ur`. */
  code: z.string().trim().max(12).optional(),
});
export type Language = z.infer<typeof LanguageSchema>;

export const ContactsSchema = z.object({
  phone: text(40).optional(),
  email: text(254).optional(),
  website: text(2000).optional(),
});
export type Contacts = z.infer<typeof ContactsSchema>;

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

export const ServiceSchema = z.object({
  id,
  name: text(300).min(1),
  description: text(5000).default(''),
  status: z.enum(SERVICE_STATUSES).default('active'),
  organisation: OrganisationSchema.optional(),
  categories: z.array(CategorySchema).default([]),
  ageRange: AgeRangeSchema.default({ pregnancy: false, minMonths: 0, maxMonths: null, sendTo25: false }),
  eligibility: text(2000).optional(),
  /** Who it is especially for, in words families use, e.g. "Dads and male carers". */
  audience: text(200).optional(),
  cost: CostSchema.default({ free: true, options: [] }),
  languages: z.array(LanguageSchema).default([]),
  deliveryModes: z.array(DeliveryModeSchema).default([]),
  access: z.array(AccessRouteSchema).default([]),
  locations: z.array(LocationSchema).default([]),
  schedules: z.array(ScheduleSchema).default([]),
  contacts: ContactsSchema.default({}),
  /** A notice from the provider, e.g. "No session on 26 December". */
  alert: text(1000).optional(),
  lastUpdated: z.union([instant, calendarDate]).optional(),
});
export type Service = z.infer<typeof ServiceSchema>;

/** A search result: the service plus, when the search had a place, the nearest venue and its distance. */
export const ServiceSummarySchema = ServiceSchema.extend({
  distanceMiles: z.number().min(0).optional(),
  nearestLocationId: id.optional(),
});
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** 1-based. */
    page: z.number().int().min(1),
    perPage: z.number().int().min(1).max(100),
    totalItems: z.number().int().min(0),
    totalPages: z.number().int().min(0),
  });
export type Page<T> = { items: T[]; page: number; perPage: number; totalItems: number; totalPages: number };

/** Search filters a finder can send. Every field is optional; absent means "any". */
export const ServiceQuerySchema = z.object({
  text: text(200).optional(),
  categoryIds: z.array(id).optional(),
  /** One entry per child; a service matches when it suits at least one. */
  ages: z.array(ChildAgeSchema).optional(),
  near: GeoPointSchema.optional(),
  /** Only with `near`. */
  radiusMiles: z.number().positive().max(200).optional(),
  days: z.array(WeekdaySchema).optional(),
  freeOnly: z.boolean().optional(),
  deliveryModes: z.array(DeliveryModeSchema).optional(),
  /** Language names or codes. */
  languages: z.array(text(100)).optional(),
  atFamilyHub: z.boolean().optional(),
  page: z.number().int().min(1).default(1),
  perPage: z.number().int().min(1).max(100).default(10),
});
export type ServiceQuery = z.input<typeof ServiceQuerySchema>;
export type SearchFilter = Exclude<keyof ServiceQuery, 'page' | 'perPage' | 'radiusMiles'>;

// ---------------------------------------------------------------------------------------------------
// Sessions and bookings

export const HouseholdRulesSchema = z.object({
  maxAdults: z.number().int().min(0).max(20).default(2),
  maxChildren: z.number().int().min(0).max(20).default(3),
  /** The ages children must be, when the session has a band (e.g. babies 0 to 12 months). */
  childAgeRange: AgeRangeSchema.optional(),
  /** Adults may come without children (e.g. antenatal, or a parents' group). */
  adultsOnly: z.boolean().default(false),
});
export type HouseholdRules = z.infer<typeof HouseholdRulesSchema>;

export const SessionSchema = z.object({
  id,
  serviceId: id,
  title: text(300).min(1),
  description: text(2000).optional(),
  /** Null for online sessions. */
  location: LocationSchema.nullable(),
  online: z.boolean().default(false),
  start: instant,
  end: instant,
  /** `bookable` needs a place; `drop_in` is "just turn up". */
  mode: z.enum(['bookable', 'drop_in']),
  /** Places in the room (people: adults and children); null when unlimited. */
  capacity: z.number().int().min(0).nullable(),
  placesLeft: z.number().int().min(0).nullable(),
  waitingList: z.boolean().default(false),
  /** Booking is not open before this instant (e.g. places released a week ahead). */
  bookingOpensAt: instant.optional(),
  rules: HouseholdRulesSchema.default({ maxAdults: 2, maxChildren: 3, adultsOnly: false }),
  ageRange: AgeRangeSchema.optional(),
  audience: text(200).optional(),
  /** Set when the session is part of a course booked as a whole. */
  course: z
    .object({ id, sessionCount: z.number().int().min(2).max(52), sessionNumber: z.number().int().min(1) })
    .optional(),
  cost: CostSchema.optional(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SessionQuerySchema = z.object({
  serviceId: id.optional(),
  locationId: id.optional(),
  categoryId: id.optional(),
  from: instant,
  to: instant,
});
export type SessionQuery = z.infer<typeof SessionQuerySchema>;

const personName = z.string().trim().min(1, 'Enter your name').max(120, 'Name must be 120 characters or fewer');
const email = z.string().trim().max(254).email('Enter an email address in the correct format, like name@example.com');
const ukPhone = z
  .string()
  .trim()
  .regex(/^(\+44\s?|0)[\d\s()-]{9,15}$/, 'Enter a UK phone number, like 07700 900 982 or 01632 960 001');

export const ConsentSchema = z.object({
  /** What the family agreed to, e.g. `contact`, `share-with-services`, `keep-for-a-year`. */
  purpose: z.string().min(1).max(60),
  given: z.boolean(),
  noticeVersion: z.string().min(1).max(40),
  at: instant,
});
export type Consent = z.infer<typeof ConsentSchema>;

export const BookingRequestSchema = z
  .object({
    sessionId: id,
    adults: z.number().int().min(0).max(20),
    children: z.array(ChildAgeSchema).max(20).default([]),
    contact: z
      .object({
        name: personName,
        email: email.optional(),
        phone: ukPhone.optional(),
        reminder: z.enum(['email', 'text', 'none']).default('none'),
      })
      .refine((c) => Boolean(c.email || c.phone), {
        message: 'Enter an email address or a mobile number',
        path: ['email'],
      }),
    needs: z.string().trim().max(500, 'Access or other needs must be 500 characters or fewer').optional(),
    /** The family accepts a waiting-list place if the session is full. */
    joinWaitingList: z.boolean().default(false),
    privacyNoticeVersion: z.string().min(1).max(40),
  })
  .refine((r) => r.adults + r.children.length > 0, { message: 'Select who is coming', path: ['adults'] });
export type BookingRequest = z.input<typeof BookingRequestSchema>;

export const BookingReceiptSchema = z.object({
  reference: z.string().min(4).max(40),
  sessionId: id,
  status: z.enum(['confirmed', 'waitlisted']),
  /** 1 is next in line. */
  waitlistPosition: z.number().int().min(1).optional(),
  places: z.number().int().min(1),
  session: SessionSchema.optional(),
});
export type BookingReceipt = z.infer<typeof BookingReceiptSchema>;

export const CancelRequestSchema = z.object({
  reference: z.string().trim().min(4, 'Enter your booking reference').max(40),
  /** The email address or phone number used to book: proves the booking is theirs. */
  contact: z.string().trim().min(3, 'Enter the email address or phone number you booked with').max(254),
});
export type CancelRequest = z.infer<typeof CancelRequestSchema>;

// ---------------------------------------------------------------------------------------------------
// Forms: self-referral and panel application

export const RELATIONSHIPS = [
  'parent',
  'step-parent',
  'partner-of-pregnant-person',
  'pregnant',
  'grandparent',
  'foster-carer',
  'adoptive-parent',
  'kinship-carer',
  'other',
] as const;
export const RelationshipSchema = z.enum(RELATIONSHIPS);
export type Relationship = z.infer<typeof RelationshipSchema>;

export const CONTACT_METHODS = ['phone', 'text', 'email', 'letter'] as const;

export const SafeContactSchema = z.object({
  methods: z.array(z.enum(CONTACT_METHODS)).min(1, 'Select at least one way we can contact you'),
  phone: ukPhone.optional(),
  email: email.optional(),
  address: z.string().trim().max(500).optional(),
  /** Good days and times, in the family's words. */
  times: z.string().trim().max(300).optional(),
  mayLeaveMessage: z.boolean(),
  /** Someone else might see texts, emails or letters. */
  othersMaySee: z.enum(['yes', 'no', 'not-sure']),
});
export type SafeContact = z.infer<typeof SafeContactSchema>;

export const SELF_REFERRAL_TEXT_LIMIT = 1200;

export const SelfReferralSchema = z.object({
  serviceId: id.optional(),
  name: personName,
  relationship: RelationshipSchema,
  relationshipOther: z.string().trim().max(100).optional(),
  postcode: z.string().trim().max(10).optional(),
  children: z
    .array(
      z.object({
        nameOrInitials: z.string().trim().max(60).optional(),
        age: ChildAgeSchema,
        /** Due month when expecting, e.g. `2027-02`. */
        dueMonth: z.string().regex(/^\d{4}-\d{2}$/).optional(),
        additionalNeeds: z.string().trim().max(300).optional(),
      }),
    )
    .max(12),
  categoryIds: z.array(id).max(20).default([]),
  story: z
    .string()
    .trim()
    .max(SELF_REFERRAL_TEXT_LIMIT, `What would help must be ${SELF_REFERRAL_TEXT_LIMIT} characters or fewer`)
    .default(''),
  language: z.string().trim().max(60).optional(),
  interpreter: z.boolean().default(false),
  accessNeeds: z.string().trim().max(500).optional(),
  otherProfessionals: z.string().trim().max(500).optional(),
  contact: SafeContactSchema,
  consents: z.array(ConsentSchema).min(1),
});
export type SelfReferral = z.input<typeof SelfReferralSchema>;

export const PANEL_ELIGIBILITY = ['pregnant-or-partner', 'child-under-two', 'recent-start-for-life', 'none'] as const;
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

export const PanelApplicationSchema = z.object({
  eligibility: z.array(z.enum(PANEL_ELIGIBILITY)).min(1),
  name: personName,
  email: email.optional(),
  phone: ukPhone.optional(),
  locality: z.string().trim().min(1).max(60),
  relationship: RelationshipSchema,
  relationshipOther: z.string().trim().max(100).optional(),
  takePart: z.array(z.enum(['in-person', 'online', 'surveys'])).min(1),
  availability: z.array(z.enum(['weekday-daytime', 'weekday-evening', 'weekend'])).default([]),
  support: z.array(z.enum(['childcare', 'travel', 'interpreter', 'access', 'other'])).default([]),
  interpreterLanguage: z.string().trim().max(60).optional(),
  /** Access needs, when "access" support is chosen. */
  accessNeeds: z.string().trim().max(500).optional(),
  /** Other support, when "other" is chosen. */
  otherSupport: z.string().trim().max(500).optional(),
  /** @deprecated Use accessNeeds and otherSupport. */
  supportDetails: z.string().trim().max(500).optional(),
  /** Every answer optional, each allowing "prefer-not-to-say". */
  equality: z
    .object({
      ageBand: z.string().max(40).optional(),
      gender: z.string().max(60).optional(),
      ethnicity: z.string().max(80).optional(),
      disability: z.string().max(40).optional(),
      singleParent: z.string().max(40).optional(),
      carerType: z.string().max(40).optional(),
      /** In the family's own words, when they choose to describe their gender. */
      genderDescription: z.string().trim().max(60).optional(),
      ethnicityDetail: z.string().trim().max(80).optional(),
      /** Whether their baby or child is disabled: yes, no, not-sure or prefer-not-to-say. */
      childDisability: z.string().max(40).optional(),
    })
    .default({}),
  consents: z.array(ConsentSchema).min(1),
});
export type PanelApplication = z.input<typeof PanelApplicationSchema>;

export const ReceiptSchema = z.object({
  reference: z.string().min(4).max(40),
  submittedAt: instant,
});
export type Receipt = z.infer<typeof ReceiptSchema>;
