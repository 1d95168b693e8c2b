/**
 * The domain model: zod schemas with inferred types.
 *
 * Names follow Open Referral (HSDS 3) where the concept exists there, in camelCase, so that mapping a
 * feed stays obvious. Everything an adapter returns is parsed with these schemas at the boundary; what
 * fails becomes an `AdapterError` with code `invalid-response`.
 */
import * as z from 'zod/mini';
import { isCalendarDate, isEmailAddress, isInstantWithOffset } from './formats.js';

/** Text from a feed or backend: trimmed, never HTML (it is always bound as text). */
const text = (max = 5000) => z.string().check(z.trim(), z.maxLength(max));
const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
/** An instant with an offset, e.g. `2026-03-31T10:00:00+01:00`. */
const instant = z.string().check(z.refine(isInstantWithOffset, 'Use an ISO 8601 time with an offset'));
/** A calendar date, e.g. `2026-03-31`. */
const calendarDate = z.string().check(z.refine(isCalendarDate, 'Use a date like 2026-03-31'));
/** A 24-hour local time in Europe/London, e.g. `09:30`. */
const localTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 09:30'));

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
  pregnancy: z._default(z.boolean(), false),
  /** Youngest child, in completed months; null when the service is for pregnancy only. */
  minMonths: z._default(z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_AGE_MONTHS))), 0),
  /** Oldest child, in completed months, inclusive; null when there is no upper limit stated. */
  maxMonths: z._default(z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_AGE_MONTHS))), null),
  /** Young people with special educational needs and disabilities stay eligible up to 25. */
  sendTo25: z._default(z.boolean(), false),
});
export type AgeRange = z.infer<typeof AgeRangeSchema>;

/** One child's age as a family gives it: expecting, or an age in months (years × 12 for older children). */
export const ChildAgeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pregnancy') }),
  z.object({
    kind: z.literal('age'),
    months: z.int().check(z.minimum(0), z.maximum(MAX_AGE_MONTHS)),
    /** Has special educational needs or a disability (extends eligibility to 25 where a service allows). */
    send: z._default(z.boolean(), false),
  }),
]);
export type ChildAge = z.infer<typeof ChildAgeSchema>;

// ---------------------------------------------------------------------------------------------------
// Directory: organisations, categories, locations, schedules, services

export const OrganisationSchema = z.object({
  id,
  name: text(300).check(z.minLength(1)),
  /**
   * The organisation's web address, as the directory gives it. Like `ServiceContacts.website`, it is text
   * until shown: a link is made only through `safeWebUrl` (https or http), so one that is not a web address
   * (`mailto:`, `javascript:`, a typo) is never a link, and never a reason to refuse a whole page of services.
   */
  url: z.optional(text(2000)),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const CategorySchema = z.object({
  id,
  name: text(300).check(z.minLength(1)),
  parentId: z._default(z.nullable(id), null),
});
export type Category = z.infer<typeof CategorySchema>;

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;

/** An RFC 5545 BYDAY entry: a weekday, optionally with an ordinal for monthly rules (`1SA`, `-1FR`). */
export const ByDaySchema = z.string().check(z.regex(/^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/));

/** A regular schedule in the shape of HSDS 3 `schedule` (RRULE-style), times local to Europe/London. */
export const ScheduleSchema = z.object({
  freq: z.enum(['DAILY', 'WEEKLY', 'MONTHLY']),
  interval: z._default(z.int().check(z.minimum(1), z.maximum(52)), 1),
  byday: z._default(z.array(ByDaySchema), []),
  bymonthday: z._default(
    z.array(
      z.int().check(
        z.minimum(-31),
        z.maximum(31),
        z.refine((d) => d !== 0),
      ),
    ),
    [],
  ),
  opensAt: z.optional(localTime),
  closesAt: z.optional(localTime),
  /** First date the rule applies (also the anchor for "every other week"). */
  validFrom: z.optional(calendarDate),
  validTo: z.optional(calendarDate),
  /** Number of occurrences (e.g. a six-week course). */
  count: z.optional(z.int().check(z.minimum(1), z.maximum(520))),
  /** Which location this schedule is for, when a service runs in several places. */
  locationId: z.optional(id),
  /** Free-text note from the feed, e.g. "Term time only". */
  description: z.optional(text(500)),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const GeoPointSchema = z.object({
  latitude: z.number().check(z.minimum(-90), z.maximum(90)),
  longitude: z.number().check(z.minimum(-180), z.maximum(180)),
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;

export const AddressSchema = z.object({
  line1: text(200).check(z.minLength(1)),
  line2: z.optional(text(200)),
  town: text(100).check(z.minLength(1)),
  postcode: text(10).check(z.minLength(1)),
});
export type Address = z.infer<typeof AddressSchema>;

export const LocationSchema = z.object({
  id,
  name: text(300).check(z.minLength(1)),
  address: z.optional(AddressSchema),
  point: z.optional(GeoPointSchema),
  /** Accessibility facts, e.g. "Step-free access", "Accessible toilet", "Hearing loop". */
  accessibility: z._default(z.array(text(300)), []),
  /** The building is a Family Hub (not a network site or partner venue). */
  isFamilyHub: z._default(z.boolean(), false),
  /** Locality (e.g. North, Central, South) where the area uses them. */
  locality: z.optional(text(100)),
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
  amount: z.optional(z.number().check(z.minimum(0), z.maximum(100000))),
  description: z.optional(text(300)),
});
export const CostSchema = z.object({
  free: z.boolean(),
  options: z._default(z.array(CostOptionSchema), []),
});
export type Cost = z.infer<typeof CostSchema>;

export const LanguageSchema = z.object({
  name: text(100).check(z.minLength(1)),
  /** ISO 639 code where known, e.g. `cy`, `pl`, `ur`. */
  code: z.optional(z.string().check(z.trim(), z.maxLength(12))),
});
export type Language = z.infer<typeof LanguageSchema>;

export const ContactsSchema = z.object({
  phone: z.optional(text(40)),
  email: z.optional(text(254)),
  website: z.optional(text(2000)),
});
export type Contacts = z.infer<typeof ContactsSchema>;

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

/**
 * Days a service is shut, e.g. over Christmas: London calendar dates, `to` inclusive (one day when
 * `from` equals `to`). Data, not words, so the widget says it in the family's language.
 */
export const ClosureSchema = z.object({ from: calendarDate, to: calendarDate }).check(
  z.refine((closure) => closure.from <= closure.to, { message: 'A closure ends on or after the day it starts', path: ['to'] }),
);
export type Closure = z.infer<typeof ClosureSchema>;

/** The finder shows at most this many closures: the soonest that have not ended. */
export const MAX_CLOSURES = 3;

export const ServiceSchema = z.object({
  id,
  name: text(300).check(z.minLength(1)),
  description: z._default(text(5000), ''),
  status: z._default(z.enum(SERVICE_STATUSES), 'active'),
  organisation: z.optional(OrganisationSchema),
  categories: z._default(z.array(CategorySchema), []),
  ageRange: z._default(AgeRangeSchema, { pregnancy: false, minMonths: 0, maxMonths: null, sendTo25: false }),
  eligibility: z.optional(text(2000)),
  /** Who it is especially for, in words families use, e.g. "Dads and male carers". */
  audience: z.optional(text(200)),
  cost: z._default(CostSchema, { free: true, options: [] }),
  languages: z._default(z.array(LanguageSchema), []),
  deliveryModes: z._default(z.array(DeliveryModeSchema), []),
  access: z._default(z.array(AccessRouteSchema), []),
  locations: z._default(z.array(LocationSchema), []),
  schedules: z._default(z.array(ScheduleSchema), []),
  contacts: z._default(ContactsSchema, {}),
  /** A notice from the provider, in the provider's own words, e.g. "No session on 26 December". */
  alert: z.optional(text(1000)),
  /**
   * Closures as dates (the widget words them in the family's language). The finder shows the soonest
   * `MAX_CLOSURES` that have not ended; past ones are ignored, and more than 50 is refused as bad data.
   */
  closures: z.optional(z.array(ClosureSchema).check(z.maxLength(50))),
  lastUpdated: z.optional(z.union([instant, calendarDate])),
});
export type Service = z.infer<typeof ServiceSchema>;

/** A search result: the service plus, when the search had a place, the nearest venue and its distance. */
export const ServiceSummarySchema = z.extend(ServiceSchema, {
  distanceMiles: z.optional(z.number().check(z.minimum(0))),
  nearestLocationId: z.optional(id),
});
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;

export const pageSchema = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    /** 1-based. */
    page: z.int().check(z.minimum(1)),
    perPage: z.int().check(z.minimum(1), z.maximum(100)),
    totalItems: z.int().check(z.minimum(0)),
    totalPages: z.int().check(z.minimum(0)),
  });
export type Page<T> = { items: T[]; page: number; perPage: number; totalItems: number; totalPages: number };

/** Search filters a finder can send. Every field is optional; absent means "any". */
export const ServiceQuerySchema = z.object({
  text: z.optional(text(200)),
  categoryIds: z.optional(z.array(id)),
  /** One entry per child; a service matches when it suits at least one. */
  ages: z.optional(z.array(ChildAgeSchema)),
  near: z.optional(GeoPointSchema),
  /** Only with `near`. */
  radiusMiles: z.optional(z.number().check(z.positive(), z.maximum(200))),
  days: z.optional(z.array(WeekdaySchema)),
  freeOnly: z.optional(z.boolean()),
  deliveryModes: z.optional(z.array(DeliveryModeSchema)),
  /** Language names or codes. */
  languages: z.optional(z.array(text(100))),
  atFamilyHub: z.optional(z.boolean()),
  page: z._default(z.int().check(z.minimum(1)), 1),
  perPage: z._default(z.int().check(z.minimum(1), z.maximum(100)), 10),
});
export type ServiceQuery = z.input<typeof ServiceQuerySchema>;
export type SearchFilter = Exclude<keyof ServiceQuery, 'page' | 'perPage' | 'radiusMiles'>;

// ---------------------------------------------------------------------------------------------------
// Sessions and bookings

export const HouseholdRulesSchema = z.object({
  maxAdults: z._default(z.int().check(z.minimum(0), z.maximum(20)), 2),
  maxChildren: z._default(z.int().check(z.minimum(0), z.maximum(20)), 3),
  /** The ages children must be, when the session has a band (e.g. babies 0 to 12 months). */
  childAgeRange: z.optional(AgeRangeSchema),
  /** Adults may come without children (e.g. antenatal, or a parents' group). */
  adultsOnly: z._default(z.boolean(), false),
});
export type HouseholdRules = z.infer<typeof HouseholdRulesSchema>;

export const SessionSchema = z.object({
  id,
  serviceId: id,
  title: text(300).check(z.minLength(1)),
  description: z.optional(text(2000)),
  /** Null for online sessions. */
  location: z.nullable(LocationSchema),
  online: z._default(z.boolean(), false),
  start: instant,
  end: instant,
  /** `bookable` needs a place; `drop_in` is "just turn up". */
  mode: z.enum(['bookable', 'drop_in']),
  /** Places in the room (people: adults and children); null when unlimited. */
  capacity: z.nullable(z.int().check(z.minimum(0))),
  placesLeft: z.nullable(z.int().check(z.minimum(0))),
  waitingList: z._default(z.boolean(), false),
  /** Booking is not open before this instant (e.g. places released a week ahead). */
  bookingOpensAt: z.optional(instant),
  rules: z._default(HouseholdRulesSchema, { maxAdults: 2, maxChildren: 3, adultsOnly: false }),
  ageRange: z.optional(AgeRangeSchema),
  audience: z.optional(text(200)),
  /** Set when the session is part of a course booked as a whole. */
  course: z.optional(
    z.object({ id, sessionCount: z.int().check(z.minimum(2), z.maximum(52)), sessionNumber: z.int().check(z.minimum(1)) }),
  ),
  cost: z.optional(CostSchema),
});
export type Session = z.infer<typeof SessionSchema>;

export const SessionQuerySchema = z.object({
  serviceId: z.optional(id),
  locationId: z.optional(id),
  categoryId: z.optional(id),
  from: instant,
  to: instant,
});
export type SessionQuery = z.infer<typeof SessionQuerySchema>;

const personName = z
  .string()
  .check(z.trim(), z.minLength(1, 'Enter your name'), z.maxLength(120, 'Name must be 120 characters or fewer'));
const email = z
  .string()
  .check(
    z.trim(),
    z.maxLength(254),
    z.refine(isEmailAddress, 'Enter an email address in the correct format, like name@example.com'),
  );
const ukPhone = z
  .string()
  .check(z.trim(), z.regex(/^(\+44\s?|0)[\d\s()-]{9,15}$/, 'Enter a UK phone number, like 07700 900 982 or 01632 960 001'));

export const ConsentSchema = z.object({
  /** What the family agreed to, e.g. `contact`, `share-with-services`, `keep-for-a-year`. */
  purpose: z.string().check(z.minLength(1), z.maxLength(60)),
  given: z.boolean(),
  noticeVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  at: instant,
});
export type Consent = z.infer<typeof ConsentSchema>;

export const BookingRequestSchema = z
  .object({
    sessionId: id,
    adults: z.int().check(z.minimum(0), z.maximum(20)),
    children: z._default(z.array(ChildAgeSchema).check(z.maxLength(20)), []),
    contact: z
      .object({
        name: personName,
        email: z.optional(email),
        phone: z.optional(ukPhone),
        reminder: z._default(z.enum(['email', 'text', 'none']), 'none'),
      })
      .check(
        z.refine((c) => Boolean(c.email || c.phone), {
          message: 'Enter an email address or a mobile number',
          path: ['email'],
        }),
      ),
    needs: z.optional(z.string().check(z.trim(), z.maxLength(500, 'Access or other needs must be 500 characters or fewer'))),
    /** The family accepts a waiting-list place if the session is full. */
    joinWaitingList: z._default(z.boolean(), false),
    privacyNoticeVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  })
  .check(z.refine((r) => r.adults + r.children.length > 0, { message: 'Select who is coming', path: ['adults'] }));
export type BookingRequest = z.input<typeof BookingRequestSchema>;

export const BookingReceiptSchema = z.object({
  reference: z.string().check(z.minLength(4), z.maxLength(40)),
  sessionId: id,
  status: z.enum(['confirmed', 'waitlisted']),
  /** 1 is next in line. */
  waitlistPosition: z.optional(z.int().check(z.minimum(1))),
  places: z.int().check(z.minimum(1)),
  session: z.optional(SessionSchema),
});
export type BookingReceipt = z.infer<typeof BookingReceiptSchema>;

export const CancelRequestSchema = z.object({
  reference: z.string().check(z.trim(), z.minLength(4, 'Enter your booking reference'), z.maxLength(40)),
  /** The email address or phone number used to book: proves the booking is theirs. */
  contact: z
    .string()
    .check(z.trim(), z.minLength(3, 'Enter the email address or phone number you booked with'), z.maxLength(254)),
});
export type CancelRequest = z.infer<typeof CancelRequestSchema>;

/**
 * What `cancelBooking` resolves to: which booking was cancelled and the session it was for, so a family who
 * cancels by reference alone can be told which session it was. Session facts only, never who booked:
 * unknown members (a name, an email) are dropped when it is parsed. Cancelling again gives the same answer.
 * A backend on the first contract answers nothing instead; an answer that is given must be whole.
 */
export const CancelledBookingSchema = z.object({
  /** The reference as the backend stores it (`BK-7KQ4XM`), however the family typed it. */
  reference: z.string().check(z.minLength(4), z.maxLength(40)),
  status: z.literal('cancelled'),
  /** The session booked; for a course booked as a whole, the session the booking was made from. */
  sessionId: id,
  /** The session's title, as in `Session.title`. */
  title: text(300).check(z.minLength(1)),
  start: instant,
  end: instant,
});
export type CancelledBooking = z.infer<typeof CancelledBookingSchema>;

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

export const SafeContactSchema = z
  .object({
    methods: z.array(z.enum(CONTACT_METHODS)).check(z.minLength(1, 'Select at least one way we can contact you')),
    phone: z.optional(ukPhone),
    email: z.optional(email),
    address: z.optional(z.string().check(z.trim(), z.maxLength(500))),
    /** Good days and times, in the family's words. */
    times: z.optional(z.string().check(z.trim(), z.maxLength(300))),
    mayLeaveMessage: z.boolean(),
    /** Someone else might see texts, emails or letters. */
    othersMaySee: z.enum(['yes', 'no', 'not-sure']),
  })
  .check(
    // Every way the family chose needs its detail.
    z.refine((c) => !(c.methods.includes('phone') || c.methods.includes('text')) || Boolean(c.phone), {
      message: 'Enter a phone number so we can call or text you',
      path: ['phone'],
    }),
    z.refine((c) => !c.methods.includes('email') || Boolean(c.email), {
      message: 'Enter an email address so we can email you',
      path: ['email'],
    }),
    z.refine((c) => !c.methods.includes('letter') || Boolean(c.address), {
      message: 'Enter an address so we can write to you',
      path: ['address'],
    }),
  );
export type SafeContact = z.infer<typeof SafeContactSchema>;

export const SELF_REFERRAL_TEXT_LIMIT = 1200;

export const SelfReferralSchema = z.object({
  serviceId: z.optional(id),
  name: personName,
  relationship: RelationshipSchema,
  relationshipOther: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  postcode: z.optional(z.string().check(z.trim(), z.maxLength(10))),
  children: z
    .array(
      z.object({
        nameOrInitials: z.optional(z.string().check(z.trim(), z.maxLength(60))),
        age: ChildAgeSchema,
        /** Due month when expecting, e.g. `2027-02`. */
        dueMonth: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/))),
        additionalNeeds: z.optional(z.string().check(z.trim(), z.maxLength(300))),
      }),
    )
    .check(z.maxLength(12)),
  categoryIds: z._default(z.array(id).check(z.maxLength(20)), []),
  story: z._default(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(SELF_REFERRAL_TEXT_LIMIT, `What would help must be ${SELF_REFERRAL_TEXT_LIMIT} characters or fewer`),
      ),
    '',
  ),
  language: z.optional(z.string().check(z.trim(), z.maxLength(60))),
  interpreter: z._default(z.boolean(), false),
  accessNeeds: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  otherProfessionals: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  contact: SafeContactSchema,
  consents: z.array(ConsentSchema).check(z.minLength(1)),
});
export type SelfReferral = z.input<typeof SelfReferralSchema>;

export const PANEL_ELIGIBILITY = ['pregnant-or-partner', 'child-under-two', 'recent-start-for-life', 'none'] as const;
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

export const PanelApplicationSchema = z
  .object({
    eligibility: z.array(z.enum(PANEL_ELIGIBILITY)).check(z.minLength(1)),
    name: personName,
    email: z.optional(email),
    phone: z.optional(ukPhone),
    locality: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    relationship: RelationshipSchema,
    relationshipOther: z.optional(z.string().check(z.trim(), z.maxLength(100))),
    takePart: z.array(z.enum(['in-person', 'online', 'surveys'])).check(z.minLength(1)),
    availability: z._default(z.array(z.enum(['weekday-daytime', 'weekday-evening', 'weekend'])), []),
    support: z._default(z.array(z.enum(['childcare', 'travel', 'interpreter', 'access', 'other'])), []),
    interpreterLanguage: z.optional(z.string().check(z.trim(), z.maxLength(60))),
    /** Access needs, when "access" support is chosen. */
    accessNeeds: z.optional(z.string().check(z.trim(), z.maxLength(500))),
    /** Other support, when "other" is chosen. */
    otherSupport: z.optional(z.string().check(z.trim(), z.maxLength(500))),
    /** @deprecated Use accessNeeds and otherSupport. */
    supportDetails: z.optional(z.string().check(z.trim(), z.maxLength(500))),
    /** Every answer optional, each allowing "prefer-not-to-say". */
    equality: z._default(
      z.object({
        ageBand: z.optional(z.string().check(z.maxLength(40))),
        gender: z.optional(z.string().check(z.maxLength(60))),
        ethnicity: z.optional(z.string().check(z.maxLength(80))),
        disability: z.optional(z.string().check(z.maxLength(40))),
        singleParent: z.optional(z.string().check(z.maxLength(40))),
        carerType: z.optional(z.string().check(z.maxLength(40))),
        /** In the family's own words, when they choose to describe their gender. */
        genderDescription: z.optional(z.string().check(z.trim(), z.maxLength(60))),
        ethnicityDetail: z.optional(z.string().check(z.trim(), z.maxLength(80))),
        /** Whether their baby or child is disabled: yes, no, not-sure or prefer-not-to-say. */
        childDisability: z.optional(z.string().check(z.maxLength(40))),
      }),
      {},
    ),
    consents: z.array(ConsentSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((a) => Boolean(a.email || a.phone), {
      message: 'Enter an email address or a phone number so we can contact you',
      path: ['email'],
    }),
  );
export type PanelApplication = z.input<typeof PanelApplicationSchema>;

export const ReceiptSchema = z.object({
  reference: z.string().check(z.minLength(4), z.maxLength(40)),
  submittedAt: instant,
});
export type Receipt = z.infer<typeof ReceiptSchema>;
