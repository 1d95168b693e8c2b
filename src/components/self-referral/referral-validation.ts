/**
 * Validation for each step of <hub-self-referral>, as zod schemas over the draft. Every message is a
 * catalogue key (translated when shown), every issue names the id of the control to focus, and a step that
 * passes yields its part of the `SelfReferral` request, already normalised (trimmed, postcode and phone
 * numbers in one format, answers to hidden questions dropped).
 */
import * as z from 'zod/mini';
import { isEmailAddress } from '../../core/formats.js';
import { normalisePostcode } from '../../core/geo.js';
import { isUkMobile, normaliseUkPhone } from '../../core/phone.js';
import {
  MAX_AGE_MONTHS,
  RELATIONSHIPS,
  SELF_REFERRAL_TEXT_LIMIT,
  SelfReferralSchema,
  type Relationship,
  type SafeContact,
  type SelfReferral,
} from '../../core/model.js';
import { londonParts } from '../../core/time.js';
import { DEFAULT_LOCALE, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import { monthFromText, toAsciiDigits } from '../../i18n/month-names.js';
import { CONSENT_PURPOSES, type ChildDraft, type ContactMethod, type ReferralDraft } from './referral-draft.js';

export { isUkMobile, normaliseUkPhone };

export const LIMITS = {
  name: 120,
  relationshipOther: 100,
  childName: 60,
  childNeeds: 300,
  story: SELF_REFERRAL_TEXT_LIMIT,
  language: 60,
  accessNeeds: 500,
  otherProfessionals: 500,
  email: 254,
  address: 500,
  times: 300,
} as const;

/** A problem with one answer: the control to focus, and the message (a catalogue key with its parameters). */
export interface FormError {
  fieldId: string;
  key: MessageKey;
  params?: MessageParams;
}

export type StepResult<T> = { ok: true; value: T } | { ok: false; errors: FormError[] };

// ---------------------------------------------------------------------------------------------------
// Names, phone numbers, dates

/**
 * Letters and combining marks of any script, spaces, hyphens, apostrophes and full stops. Zero-width
 * joiners are allowed because Persian, Urdu and Indic names need them; other invisible formatting
 * characters (right-to-left overrides and the like) are not, as they can disguise what a name says.
 */
const NAME_CHARACTERS = /^[\p{L}\p{M}\p{Zs}'’‘`\-‐.\u200C\u200D]+$/u;
const HAS_LETTER = /\p{L}/u;

/** Trims, joins runs of spaces and composes accents (NFC), so "Sio\u0302n" and "Siôn" are one name. */
export function cleanName(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\p{Zs}+/gu, ' ')
    .trim();
}

export function isAcceptableName(value: string): boolean {
  return NAME_CHARACTERS.test(value) && HAS_LETTER.test(value);
}

/**
 * 1 to 12 from "3", "03", "٣", "March", "mar", or a month's name in the widget's language ("Gorffennaf",
 * "يوليو"); English names work whatever the language. Null otherwise.
 */
export function parseMonth(input: string, locale: string = DEFAULT_LOCALE): number | null {
  return monthFromText(input, locale);
}

/** A number typed in any of the digits families use (0–9, ٠–٩), trimmed, as 0–9: "٢٠٢٧" → "2027". */
export const plainDigits = (value: string) => toAsciiDigits(value).trim();

/** How far ahead a due month may be: a pregnancy lasts about 9 months. */
export const DUE_MONTHS_AHEAD = 10;

/** A month and year a few months ahead, "4 2027", for the due date hint and its error message. */
export function dueExample(now: Date): string {
  const { year, month } = londonParts(now);
  const ahead = month + 3;
  return `${((ahead - 1) % 12) + 1} ${year + Math.floor((ahead - 1) / 12)}`;
}

const WHOLE_NUMBER = /^\d{1,3}$/;

// ---------------------------------------------------------------------------------------------------
// Helpers for building step schemas

const text = (max: number, tooLong: MessageKey) => z.string().check(z.trim(), z.maxLength(max, tooLong));
const optionalText = (value: string) => (value ? value : undefined);

/** Turns zod issues into form errors: the first problem per field, in the order of `fieldOrder`. */
function toErrors(error: z.core.$ZodError, fieldOf: (path: PropertyKey[]) => string, fieldOrder: string[]): FormError[] {
  const byField = new Map<string, FormError>();
  for (const issue of error.issues) {
    const fieldId = fieldOf(issue.path);
    if (byField.has(fieldId)) continue;
    // A length limit says the limit: "… must be 1200 characters or fewer".
    const params = issue.code === 'too_big' ? { count: Number(issue.maximum) } : (issue as { params?: MessageParams }).params;
    byField.set(fieldId, { fieldId, key: issue.message as MessageKey, ...(params ? { params } : {}) });
  }
  const rank = (id: string) => {
    const index = fieldOrder.indexOf(id);
    return index === -1 ? fieldOrder.length : index;
  };
  return [...byField.values()].sort((a, b) => rank(a.fieldId) - rank(b.fieldId));
}

function run<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  fieldOf: (path: PropertyKey[]) => string,
  fieldOrder: string[],
): StepResult<T> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toErrors(result.error, fieldOf, fieldOrder) };
}

type Ctx = z.core.$RefinementCtx;
const problem = (ctx: Ctx, path: PropertyKey[], key: MessageKey, params?: MessageParams) =>
  ctx.addIssue({ code: 'custom', message: key, path, ...(params ? { params } : {}) });

// ---------------------------------------------------------------------------------------------------
// Step 2: about you

export const ABOUT_FIELDS = ['name', 'relationship', 'relationship-other', 'postcode'];

export interface AboutYou {
  name: string;
  relationship: Relationship;
  relationshipOther?: string;
  postcode?: string;
}

const aboutSchema = (requirePostcode: boolean) =>
  z.pipe(
    z
      .object({
        name: z.pipe(
          z.pipe(z.string(), z.transform(cleanName)),
          z.string().check(
            z.minLength(1, 'referral.error.nameMissing'),
            z.maxLength(LIMITS.name, 'referral.error.nameTooLong'),
            z.refine((v) => !v || isAcceptableName(v), 'referral.error.nameCharacters'),
          ),
        ),
        relationship: z.string(),
        relationshipOther: text(LIMITS.relationshipOther, 'referral.error.relationshipOtherTooLong'),
        postcode: z.string().check(z.trim()),
      })
      .check(
        z.superRefine((draft, ctx) => {
          if (!(RELATIONSHIPS as readonly string[]).includes(draft.relationship)) {
            problem(ctx, ['relationship'], 'referral.error.relationshipMissing');
          } else if (draft.relationship === 'other' && !draft.relationshipOther.trim()) {
            problem(ctx, ['relationshipOther'], 'referral.error.relationshipOtherMissing');
          }
          const postcode = draft.postcode.trim();
          if (!postcode && requirePostcode) problem(ctx, ['postcode'], 'referral.error.postcodeMissing');
          if (postcode && !normalisePostcode(postcode)) problem(ctx, ['postcode'], 'referral.error.postcodeInvalid');
        }),
      ),
    z.transform((draft): AboutYou => ({
      name: draft.name,
      relationship: draft.relationship as Relationship,
      relationshipOther: draft.relationship === 'other' ? draft.relationshipOther : undefined,
      postcode: draft.postcode ? (normalisePostcode(draft.postcode) ?? undefined) : undefined,
    })),
  );

const ABOUT_PATHS: Record<string, string> = { relationshipOther: 'relationship-other' };

export function validateAboutYou(draft: ReferralDraft, options: { requirePostcode: boolean }): StepResult<AboutYou> {
  return run(
    aboutSchema(options.requirePostcode),
    draft,
    (path) => ABOUT_PATHS[String(path[0])] ?? String(path[0]),
    ABOUT_FIELDS,
  );
}

// ---------------------------------------------------------------------------------------------------
// Step 3: your children

export type ChildRequest = SelfReferral['children'][number];

/** Field ids for one child; `key` is the child's stable key. */
export const childField = (
  key: number,
  part: 'name' | 'born' | 'age' | 'years' | 'months' | 'due' | 'due-month' | 'due-year' | 'send' | 'needs',
) => `child-${key}-${part}`;

const CHILD_PATHS: Record<string, Parameters<typeof childField>[1]> = {
  name: 'name',
  born: 'born',
  years: 'years',
  months: 'months',
  dueMonth: 'due-month',
  dueYear: 'due-year',
  needs: 'needs',
};

function childSchema(index: number, now: Date, locale: string) {
  const n = index + 1;
  const digits = z.pipe(z.string(), z.transform(plainDigits));
  return z.pipe(
    z
      .object({
        key: z.number(),
        name: z.pipe(z.string(), z.transform(cleanName)),
        born: z.string(),
        years: digits,
        months: digits,
        dueMonth: z.string().check(z.trim()),
        dueYear: digits,
        send: z.string(),
        needs: z.string().check(z.trim()),
      })
      .check(
        z.superRefine((child, ctx) => {
          if (child.name.length > LIMITS.childName)
            problem(ctx, ['name'], 'referral.error.childNameTooLong', { n, count: LIMITS.childName });
          else if (child.name && !isAcceptableName(child.name))
            problem(ctx, ['name'], 'referral.error.childNameCharacters', { n });

          if (child.born === 'yes') {
            if (!child.years && !child.months) problem(ctx, ['years'], 'referral.error.childAgeMissing', { n });
            else if ((child.years && !WHOLE_NUMBER.test(child.years)) || (child.months && !WHOLE_NUMBER.test(child.months))) {
              problem(
                ctx,
                [child.years && !WHOLE_NUMBER.test(child.years) ? 'years' : 'months'],
                'referral.error.childAgeNumber',
                { n },
              );
            } else if (Number(child.years || 0) * 12 + Number(child.months || 0) > MAX_AGE_MONTHS) {
              problem(ctx, ['years'], 'referral.error.childAgeTooOld', { n });
            }
          } else if (child.born === 'no') {
            const example = dueExample(now);
            if (!child.dueMonth && !child.dueYear) problem(ctx, ['dueMonth'], 'referral.error.dueMissing', { n });
            else if (!child.dueMonth) problem(ctx, ['dueMonth'], 'referral.error.dueMonthMissing', { n });
            else if (!child.dueYear) problem(ctx, ['dueYear'], 'referral.error.dueYearMissing', { n });
            else {
              const month = parseMonth(child.dueMonth, locale);
              const year = /^\d{4}$/.test(child.dueYear) ? Number(child.dueYear) : null;
              if (month === null || year === null) {
                problem(ctx, [month === null ? 'dueMonth' : 'dueYear'], 'referral.error.dueInvalid', { n, example });
              } else {
                const today = londonParts(now);
                const ahead = year * 12 + month - (today.year * 12 + today.month);
                if (ahead < 0) problem(ctx, ['dueMonth'], 'referral.error.duePast', { n });
                else if (ahead > DUE_MONTHS_AHEAD) problem(ctx, ['dueMonth'], 'referral.error.dueTooFar', { n });
              }
            }
          } else {
            problem(ctx, ['born'], 'referral.error.childBornMissing', { n });
          }

          if (child.needs.length > LIMITS.childNeeds)
            problem(ctx, ['needs'], 'referral.error.childNeedsTooLong', { n, count: LIMITS.childNeeds });
        }),
      ),
    z.transform((child): ChildRequest => {
      const nameOrInitials = optionalText(child.name);
      if (child.born === 'no') {
        const month = parseMonth(child.dueMonth, locale)!;
        return {
          nameOrInitials,
          age: { kind: 'pregnancy' },
          dueMonth: `${child.dueYear}-${String(month).padStart(2, '0')}`,
          additionalNeeds: optionalText(child.needs),
        };
      }
      return {
        nameOrInitials,
        age: { kind: 'age', months: Number(child.years || 0) * 12 + Number(child.months || 0), send: child.send === 'yes' },
        // The details box only shows while "additional needs" is ticked; a hidden answer is not sent.
        additionalNeeds: child.send === 'yes' ? optionalText(child.needs) : undefined,
      };
    }),
  );
}

/** `locale`: the widget's language, whose month names a due month may be typed in (English ones always work). */
export function validateChildren(children: readonly ChildDraft[], now: Date, locale: string = DEFAULT_LOCALE): StepResult<ChildRequest[]> {
  const schema = z.tuple(children.map((_, index) => childSchema(index, now, locale)) as unknown as [z.ZodMiniType]);
  const order = children.flatMap((child) =>
    (['name', 'born', 'years', 'months', 'due-month', 'due-year', 'send', 'needs'] as const).map((part) =>
      childField(child.key, part),
    ),
  );
  const fieldOf = (path: PropertyKey[]) => {
    const child = children[Number(path[0])];
    return child ? childField(child.key, CHILD_PATHS[String(path[1])] ?? 'born') : 'children';
  };
  return run(schema as unknown as z.ZodMiniType<ChildRequest[]>, children, fieldOf, order);
}

// ---------------------------------------------------------------------------------------------------
// Step 4: what would help

export interface WhatWouldHelp {
  categoryIds: string[];
  story: string;
}

export function validateHelp(draft: ReferralDraft, options: { firstFieldId: string }): StepResult<WhatWouldHelp> {
  const schema = z.pipe(
    z
      .object({
        categoryIds: z.array(z.string()),
        story: text(LIMITS.story, 'referral.error.storyTooLong'),
      })
      .check(
        z.superRefine((value, ctx) => {
          if (!value.categoryIds.length && !value.story.trim()) problem(ctx, ['help'], 'referral.error.helpMissing');
        }),
      ),
    z.transform((value): WhatWouldHelp => ({ categoryIds: [...new Set(value.categoryIds)], story: value.story })),
  );
  return run(schema, draft, (path) => (path[0] === 'story' ? 'story' : options.firstFieldId), [options.firstFieldId, 'story']);
}

// ---------------------------------------------------------------------------------------------------
// Step 5: anything else we should know

export const MORE_FIELDS = ['language', 'interpreter', 'access-needs', 'other-professionals'];

export interface AnythingElse {
  language?: string;
  interpreter: boolean;
  accessNeeds?: string;
  otherProfessionals?: string;
}

export function validateMore(draft: ReferralDraft): StepResult<AnythingElse> {
  const schema = z.pipe(
    z
      .object({
        language: text(LIMITS.language, 'referral.error.languageTooLong'),
        interpreter: z.string(),
        accessNeeds: text(LIMITS.accessNeeds, 'referral.error.accessTooLong'),
        otherProfessionals: text(LIMITS.otherProfessionals, 'referral.error.professionalsTooLong'),
      })
      .check(
        z.superRefine((value, ctx) => {
          if (value.interpreter === 'yes' && !value.language.trim()) problem(ctx, ['language'], 'referral.error.languageMissing');
        }),
      ),
    z.transform((value): AnythingElse => ({
      language: optionalText(value.language),
      interpreter: value.interpreter === 'yes',
      accessNeeds: optionalText(value.accessNeeds),
      otherProfessionals: optionalText(value.otherProfessionals),
    })),
  );
  const paths: Record<string, string> = { accessNeeds: 'access-needs', otherProfessionals: 'other-professionals' };
  return run(schema, draft, (path) => paths[String(path[0])] ?? String(path[0]), MORE_FIELDS);
}

// ---------------------------------------------------------------------------------------------------
// Step 6: contacting you safely

export const CONTACT_FIELDS = ['methods', 'phone', 'email', 'address', 'times', 'may-leave-message', 'others-may-see'];

export function validateContact(draft: ReferralDraft): StepResult<SafeContact> {
  const schema = z.pipe(
    z
      .object({
        methods: z.array(z.string()).check(z.minLength(1, 'referral.error.methodsMissing')),
        phone: z.string().check(z.trim()),
        email: z.string().check(z.trim()),
        address: z.string().check(z.trim()),
        times: text(LIMITS.times, 'referral.error.timesTooLong'),
        mayLeaveMessage: z.string(),
        othersMaySee: z.string(),
      })
      .check(
        z.superRefine((value, ctx) => {
          const chose = (method: ContactMethod) => value.methods.includes(method);
          if (chose('phone') || chose('text')) {
            const phone = normaliseUkPhone(value.phone);
            if (!value.phone) problem(ctx, ['phone'], 'referral.error.phoneMissing');
            else if (!phone) problem(ctx, ['phone'], 'referral.error.phoneInvalid');
            else if (chose('text') && !isUkMobile(phone)) problem(ctx, ['phone'], 'referral.error.mobileNeeded');
          }
          if (chose('email')) {
            if (!value.email) problem(ctx, ['email'], 'referral.error.emailMissing');
            else if (value.email.length > LIMITS.email)
              problem(ctx, ['email'], 'referral.error.emailTooLong', { count: LIMITS.email });
            else if (!isEmailAddress(value.email)) problem(ctx, ['email'], 'referral.error.emailInvalid');
          }
          if (chose('letter')) {
            if (!value.address) problem(ctx, ['address'], 'referral.error.addressMissing');
            else if (value.address.length > LIMITS.address)
              problem(ctx, ['address'], 'referral.error.addressTooLong', { count: LIMITS.address });
          }
          if (chose('phone') && value.mayLeaveMessage !== 'yes' && value.mayLeaveMessage !== 'no') {
            problem(ctx, ['mayLeaveMessage'], 'referral.error.messageMissing');
          }
          if (!['yes', 'no', 'not-sure'].includes(value.othersMaySee))
            problem(ctx, ['othersMaySee'], 'referral.error.othersMaySeeMissing');
        }),
      ),
    z.transform((value): SafeContact => {
      const methods = value.methods as ContactMethod[];
      const chose = (method: ContactMethod) => methods.includes(method);
      // Details for ways the family did not choose are never sent.
      return {
        methods,
        phone: chose('phone') || chose('text') ? normaliseUkPhone(value.phone)! : undefined,
        email: chose('email') ? value.email : undefined,
        address: chose('letter') ? value.address : undefined,
        times: optionalText(value.times),
        // Only asked with phone calls; without them the safe answer is no.
        mayLeaveMessage: chose('phone') && value.mayLeaveMessage === 'yes',
        othersMaySee: value.othersMaySee as SafeContact['othersMaySee'],
      };
    }),
  );
  const paths: Record<string, string> = { mayLeaveMessage: 'may-leave-message', othersMaySee: 'others-may-see' };
  return run(schema, draft, (path) => paths[String(path[0])] ?? String(path[0]), CONTACT_FIELDS);
}

// ---------------------------------------------------------------------------------------------------
// Step 7: consent

export const consentField = (purpose: (typeof CONSENT_PURPOSES)[number]) =>
  ({ contact: 'consent-contact', 'share-with-services': 'consent-share', feedback: 'consent-feedback' })[purpose];

export function validateConsent(draft: ReferralDraft): StepResult<true> {
  if (!draft.consents.contact.given) {
    return { ok: false, errors: [{ fieldId: consentField('contact'), key: 'referral.error.consentContactMissing' }] };
  }
  return { ok: true, value: true };
}

// ---------------------------------------------------------------------------------------------------
// The whole request

export type StepName = 'about-you' | 'children' | 'help' | 'more' | 'contact' | 'consent';

export interface BuildOptions {
  requirePostcode: boolean;
  serviceId?: string;
  noticeVersion: string;
  /** The categories step's first control, for the "select or tell us" error. */
  helpFieldId: string;
  now: Date;
  /** ISO 8601 with offset, for consents the family never touched. */
  nowIso: string;
  /** The widget's language, for a due month typed as a name. Default English. */
  locale?: string;
}

/**
 * Validates every step again and builds the request. A failure names the first step with a problem, so
 * Check your answers can send the family back to it.
 */
export function buildReferral(
  draft: ReferralDraft,
  options: BuildOptions,
): { ok: true; value: SelfReferral } | { ok: false; step: StepName; errors: FormError[] } {
  const about = validateAboutYou(draft, options);
  if (!about.ok) return { ok: false, step: 'about-you', errors: about.errors };
  const children = validateChildren(draft.children, options.now, options.locale);
  if (!children.ok) return { ok: false, step: 'children', errors: children.errors };
  const help = validateHelp(draft, { firstFieldId: options.helpFieldId });
  if (!help.ok) return { ok: false, step: 'help', errors: help.errors };
  const more = validateMore(draft);
  if (!more.ok) return { ok: false, step: 'more', errors: more.errors };
  const contact = validateContact(draft);
  if (!contact.ok) return { ok: false, step: 'contact', errors: contact.errors };
  const consent = validateConsent(draft);
  if (!consent.ok) return { ok: false, step: 'consent', errors: consent.errors };

  const request: SelfReferral = {
    ...(options.serviceId ? { serviceId: options.serviceId } : {}),
    ...about.value,
    children: children.value,
    ...help.value,
    ...more.value,
    contact: contact.value,
    consents: CONSENT_PURPOSES.map((purpose) => ({
      purpose,
      given: draft.consents[purpose].given,
      noticeVersion: options.noticeVersion,
      at: draft.consents[purpose].at ?? options.nowIso,
    })),
  };
  // The contract check: what we send must be what the adapter accepts.
  const checked = SelfReferralSchema.safeParse(request);
  if (!checked.success) {
    const path = checked.error.issues[0]?.path.map(String).join('.') ?? '';
    const step = stepForPath(path);
    return { ok: false, step, errors: [] };
  }
  return { ok: true, value: stripUndefined(request) };
}

/** Drops undefined keys, so the request carries only what the family told us. */
function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The step a backend's field path (e.g. `contact.phone`) belongs to. */
export function stepForPath(path: string): StepName {
  const head = path.split('.')[0] ?? '';
  if (['name', 'relationship', 'relationshipOther', 'postcode'].includes(head)) return 'about-you';
  if (head === 'children') return 'children';
  if (['categoryIds', 'story', 'serviceId'].includes(head)) return 'help';
  if (['language', 'interpreter', 'accessNeeds', 'otherProfessionals'].includes(head)) return 'more';
  if (head === 'consents') return 'consent';
  return 'contact';
}
