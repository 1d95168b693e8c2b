import { expect } from '@open-wc/testing';
import { SelfReferralSchema } from '../../core/model.js';
import { translate, type MessageKey } from '../../i18n/messages.js';
import '../../i18n/lang-ar.js';
import '../../i18n/lang-cy.js';
import { emptyChild, emptyDraft, type ReferralDraft } from './referral-draft.js';
import {
  LIMITS,
  buildReferral,
  isAcceptableName,
  cleanName,
  normaliseUkPhone,
  parseMonth,
  stepForPath,
  validateAboutYou,
  validateChildren,
  validateContact,
  validateHelp,
  validateMore,
} from './referral-validation.js';

const NOW = new Date('2026-11-25T10:00:00Z');

function draft(patch: Partial<ReferralDraft> = {}): ReferralDraft {
  return { ...emptyDraft(), ...patch };
}

const keys = (result: { ok: boolean; errors?: { key: string }[] }) => (result.ok ? [] : result.errors!.map((e) => e.key));

describe('self-referral validation: names', () => {
  const accepted = [
    'Siân Ffion ap Gwilym', // Welsh
    'Dafydd ap Llŷr',
    'Łukasz Żółkiewski-Wiśniewska', // Polish
    'محمد عمران', // Urdu
    'فاطمة الزهراء', // Arabic
    'مہ‌جبیں', // Urdu with a zero-width non-joiner
    "Seán O'Brien",
    'Zoë d’Arcy-Smith',
    'J. R.',
    '李小龍',
  ];
  for (const name of accepted) {
    it(`accepts ${name}`, () => {
      const result = validateAboutYou(draft({ name, relationship: 'parent' }), { requirePostcode: false });
      expect(keys(result), name).to.deep.equal([]);
      expect(result.ok && result.value.name).to.equal(cleanName(name));
    });
  }

  const rejected: [string, string][] = [
    ['<script>alert(1)</script>', 'markup'],
    ['Sam \u202Eevil', 'a right-to-left override'],
    ['Sam 😀', 'an emoji'],
    ['Sam2', 'a digit'],
    ['---', 'no letters'],
  ];
  for (const [name, why] of rejected) {
    it(`rejects a name with ${why}, saying what is allowed`, () => {
      const result = validateAboutYou(draft({ name, relationship: 'parent' }), { requirePostcode: false });
      expect(keys(result)).to.deep.equal(['referral.error.nameCharacters']);
    });
  }

  it('asks for a name, and limits its length', () => {
    expect(keys(validateAboutYou(draft({ name: '   ', relationship: 'parent' }), { requirePostcode: false }))).to.deep.equal([
      'referral.error.nameMissing',
    ]);
    const long = validateAboutYou(draft({ name: 'a'.repeat(LIMITS.name + 1), relationship: 'parent' }), { requirePostcode: false });
    expect(keys(long)).to.deep.equal(['referral.error.nameTooLong']);
  });

  it('composes accents typed as separate marks, and tidies spaces', () => {
    expect(cleanName('  Sio\u0302n   Jones ')).to.equal('Siôn Jones');
    expect(isAcceptableName('Siôn')).to.equal(true);
  });
});

describe('self-referral validation: about you', () => {
  it('asks for the relationship, and for words when it is "other"', () => {
    expect(keys(validateAboutYou(draft({ name: 'Sam' }), { requirePostcode: false }))).to.deep.equal([
      'referral.error.relationshipMissing',
    ]);
    const other = validateAboutYou(draft({ name: 'Sam', relationship: 'other' }), { requirePostcode: false });
    expect(other.ok ? [] : other.errors.map((e) => e.fieldId)).to.deep.equal(['relationship-other']);
    const given = validateAboutYou(draft({ name: 'Sam', relationship: 'other', relationshipOther: 'Aunt' }), { requirePostcode: false });
    expect(given.ok && given.value.relationshipOther).to.equal('Aunt');
  });

  it('normalises a postcode, requires it only when configured, and rejects a wrong one', () => {
    const base = { name: 'Sam', relationship: 'parent' };
    const ok = validateAboutYou(draft({ ...base, postcode: ' bk2-1ty ' }), { requirePostcode: false });
    expect(ok.ok && ok.value.postcode).to.equal('BK2 1TY');
    expect(validateAboutYou(draft(base), { requirePostcode: false }).ok).to.equal(true);
    expect(keys(validateAboutYou(draft(base), { requirePostcode: true }))).to.deep.equal(['referral.error.postcodeMissing']);
    expect(keys(validateAboutYou(draft({ ...base, postcode: 'BK2' }), { requirePostcode: false }))).to.deep.equal([
      'referral.error.postcodeInvalid',
    ]);
  });

  it('drops the "other" words when another relationship is chosen', () => {
    const result = validateAboutYou(draft({ name: 'Sam', relationship: 'parent', relationshipOther: 'left over' }), { requirePostcode: false });
    expect(result.ok && result.value.relationshipOther).to.equal(undefined);
  });
});

describe('self-referral validation: phone numbers and email', () => {
  const formats: [string, string][] = [
    ['07700 900982', '07700900982'],
    ['+44 7700 900982', '07700900982'],
    ['+44 (0)7700 900982', '07700900982'],
    ['0044 7700 900982', '07700900982'],
    ['(01632) 960001', '01632960001'],
    ['01632960001', '01632960001'],
    ['01632-960-001', '01632960001'],
    ['01632 960 001', '01632960001'],
    ['0808 157 0192', '08081570192'],
    ['020 7946 0000', '02079460000'],
  ];
  for (const [input, expected] of formats) {
    it(`accepts ${input}`, () => expect(normaliseUkPhone(input)).to.equal(expected));
  }
  for (const input of ['12345', '07700 90098', '+33 1 23 45 67 89', 'call me', '<b>07700900982</b>', '04700 900982']) {
    it(`rejects ${input}`, () => expect(normaliseUkPhone(input)).to.equal(null));
  }

  const contact = (patch: Partial<ReferralDraft>) => draft({ othersMaySee: 'no', ...patch });

  it('asks for a number for calls or texts, and a mobile for texts', () => {
    expect(keys(validateContact(contact({ methods: ['phone'], mayLeaveMessage: 'no' })))).to.deep.equal(['referral.error.phoneMissing']);
    expect(keys(validateContact(contact({ methods: ['phone'], phone: 'abc', mayLeaveMessage: 'no' })))).to.deep.equal([
      'referral.error.phoneInvalid',
    ]);
    expect(keys(validateContact(contact({ methods: ['text'], phone: '01632 960001' })))).to.deep.equal(['referral.error.mobileNeeded']);
    const ok = validateContact(contact({ methods: ['text'], phone: '+44 7700 900982' }));
    expect(ok.ok && ok.value.phone).to.equal('07700900982');
  });

  it('checks email addresses', () => {
    expect(keys(validateContact(contact({ methods: ['email'] })))).to.deep.equal(['referral.error.emailMissing']);
    expect(keys(validateContact(contact({ methods: ['email'], email: 'name@example' })))).to.deep.equal(['referral.error.emailInvalid']);
    expect(keys(validateContact(contact({ methods: ['email'], email: `${'a'.repeat(250)}@example.com` })))).to.deep.equal([
      'referral.error.emailTooLong',
    ]);
    expect(validateContact(contact({ methods: ['email'], email: ' name@example.com ' })).ok).to.equal(true);
  });

  it('asks for a method, the message question with calls, and whether others might see', () => {
    expect(keys(validateContact(draft()))).to.deep.equal(['referral.error.methodsMissing', 'referral.error.othersMaySeeMissing']);
    expect(keys(validateContact(contact({ methods: ['phone'], phone: '07700900982' })))).to.deep.equal(['referral.error.messageMissing']);
    expect(keys(validateContact(contact({ methods: ['letter'] })))).to.deep.equal(['referral.error.addressMissing']);
  });

  it('never sends details for a way of contact the family did not choose', () => {
    const result = validateContact(
      contact({ methods: ['email'], email: 'a@example.com', phone: '07700900982', address: '1 Street', mayLeaveMessage: 'yes' }),
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.phone).to.equal(undefined);
    expect(result.value.address).to.equal(undefined);
    // Leaving a message is only asked with phone calls; without them the safe answer is no.
    expect(result.value.mayLeaveMessage).to.equal(false);
  });
});

describe('self-referral validation: children', () => {
  const child = (patch: Partial<ReturnType<typeof emptyChild>>) => ({ ...emptyChild(), ...patch });

  it('asks whether each child is born, and for an age or a due month', () => {
    const [a, b] = [child({}), child({ born: 'yes' })];
    const result = validateChildren([a, b], NOW);
    expect(keys(result)).to.deep.equal(['referral.error.childBornMissing', 'referral.error.childAgeMissing']);
    expect(result.ok ? null : result.errors[1]!.params).to.deep.equal({ n: 2 });
  });

  it('turns years and months into months, keeping babies in months', () => {
    const result = validateChildren([child({ born: 'yes', years: '0', months: '7' }), child({ born: 'yes', years: '3' })], NOW);
    expect(result.ok && result.value.map((c) => c.age)).to.deep.equal([
      { kind: 'age', months: 7, send: false },
      { kind: 'age', months: 36, send: false },
    ]);
  });

  it('allows up to 25 years and rejects words for numbers', () => {
    expect(keys(validateChildren([child({ born: 'yes', years: '26' })], NOW))).to.deep.equal(['referral.error.childAgeTooOld']);
    expect(keys(validateChildren([child({ born: 'yes', years: 'two' })], NOW))).to.deep.equal(['referral.error.childAgeNumber']);
    const send = validateChildren([child({ born: 'yes', years: '24', send: 'yes', needs: 'Autism' })], NOW);
    expect(send.ok && send.value[0]).to.deep.include({ additionalNeeds: 'Autism' });
  });

  it('checks a due month: present, real, not past, within 10 months; accepts month names', () => {
    const due = (dueMonth: string, dueYear: string) => keys(validateChildren([child({ born: 'no', dueMonth, dueYear })], NOW));
    expect(due('', '')).to.deep.equal(['referral.error.dueMissing']);
    expect(due('3', '')).to.deep.equal(['referral.error.dueYearMissing']);
    expect(due('13', '2027')).to.deep.equal(['referral.error.dueInvalid']);
    expect(due('10', '2026')).to.deep.equal(['referral.error.duePast']);
    expect(due('12', '2027')).to.deep.equal(['referral.error.dueTooFar']);
    expect(due('11', '2026')).to.deep.equal([]);
    const named = validateChildren([child({ born: 'no', dueMonth: 'March', dueYear: '2027' })], NOW);
    expect(named.ok && JSON.parse(JSON.stringify(named.value[0]))).to.deep.equal({ age: { kind: 'pregnancy' }, dueMonth: '2027-03' });
    expect(parseMonth('sept')).to.equal(9);
    expect(parseMonth('ma')).to.equal(null);
  });

  it('drops needs written for an answer that was then hidden', () => {
    const result = validateChildren([child({ born: 'yes', years: '2', send: 'no', needs: 'typed earlier' })], NOW);
    expect(result.ok && result.value[0]!.additionalNeeds).to.equal(undefined);
  });

  it('limits a child’s name and needs', () => {
    const result = validateChildren([child({ born: 'yes', years: '2', name: 'x'.repeat(61), send: 'yes', needs: 'y'.repeat(301) })], NOW);
    expect(keys(result)).to.deep.equal(['referral.error.childNameTooLong', 'referral.error.childNeedsTooLong']);
  });
});

describe('self-referral validation: what would help and anything else', () => {
  it('needs a category or some words, and limits the words', () => {
    expect(keys(validateHelp(draft(), { firstFieldId: 'categories' }))).to.deep.equal(['referral.error.helpMissing']);
    expect(validateHelp(draft({ categoryIds: ['health'] }), { firstFieldId: 'categories' }).ok).to.equal(true);
    expect(validateHelp(draft({ story: 'Sleep' }), { firstFieldId: 'categories' }).ok).to.equal(true);
    const long = validateHelp(draft({ story: 'a'.repeat(LIMITS.story + 1) }), { firstFieldId: 'categories' });
    expect(long.ok ? [] : long.errors.map((e) => `${e.fieldId}:${e.key}:${e.params?.count}`)).to.deep.equal([
      'story:referral.error.storyTooLong:1200',
    ]);
  });

  it('keeps markup, emoji and right-to-left text in the story as the family typed it', () => {
    const story = '<img src=x onerror=alert(1)> 😀 \u202Eevil';
    const result = validateHelp(draft({ story }), { firstFieldId: 'story' });
    expect(result.ok && result.value.story).to.equal(story);
  });

  it('needs a language when an interpreter is wanted', () => {
    expect(keys(validateMore(draft({ interpreter: 'yes' })))).to.deep.equal(['referral.error.languageMissing']);
    const ok = validateMore(draft({ interpreter: 'yes', language: 'Polish' }));
    expect(ok.ok && ok.value).to.deep.equal({ language: 'Polish', interpreter: true, accessNeeds: undefined, otherProfessionals: undefined });
    expect(keys(validateMore(draft({ accessNeeds: 'a'.repeat(501), otherProfessionals: 'b'.repeat(501) })))).to.deep.equal([
      'referral.error.accessTooLong',
      'referral.error.professionalsTooLong',
    ]);
  });
});

describe('self-referral validation: the whole request', () => {
  function complete(): ReferralDraft {
    return draft({
      name: 'Siân Jones',
      relationship: 'parent',
      children: [{ ...emptyChild(), born: 'no', dueMonth: '2', dueYear: '2027' }],
      story: 'Help with feeding',
      methods: ['text'],
      phone: '07700 900982',
      othersMaySee: 'yes',
      consents: {
        contact: { given: true, at: '2026-11-25T10:00:00+00:00' },
        'share-with-services': { given: false, at: '2026-11-25T10:01:00+00:00' },
        feedback: { given: false },
      },
    });
  }
  const options = { requirePostcode: false, noticeVersion: '2026-09', helpFieldId: 'story', now: NOW, nowIso: '2026-11-25T10:02:00+00:00' };

  it('builds a request the adapter contract accepts, with each consent recorded separately', () => {
    const result = buildReferral(complete(), { ...options, serviceId: 'family-support-line' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(SelfReferralSchema.safeParse(result.value).success).to.equal(true);
    expect(result.value.serviceId).to.equal('family-support-line');
    expect(result.value.consents).to.deep.equal([
      { purpose: 'contact', given: true, noticeVersion: '2026-09', at: '2026-11-25T10:00:00+00:00' },
      { purpose: 'share-with-services', given: false, noticeVersion: '2026-09', at: '2026-11-25T10:01:00+00:00' },
      { purpose: 'feedback', given: false, noticeVersion: '2026-09', at: '2026-11-25T10:02:00+00:00' },
    ]);
    expect(result.value.contact).to.deep.equal({ methods: ['text'], phone: '07700900982', mayLeaveMessage: false, othersMaySee: 'yes' });
  });

  it('cannot be built without consent to contact, and says which step to fix', () => {
    const d = complete();
    d.consents.contact = { given: false };
    const result = buildReferral(d, options);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.step).to.equal('consent');
  });

  it('maps a backend’s field paths to steps', () => {
    expect(stepForPath('contact.phone')).to.equal('contact');
    expect(stepForPath('children.0.dueMonth')).to.equal('children');
    expect(stepForPath('story')).to.equal('help');
    expect(stepForPath('postcode')).to.equal('about-you');
    expect(stepForPath('consents.0')).to.equal('consent');
  });
});

describe('self-referral validation: a due month in Welsh or Arabic', () => {
  const child = (patch: Partial<ReturnType<typeof emptyChild>>) => ({ ...emptyChild(), ...patch });
  const catalogueMonth = (lang: string, month: number) => translate(lang, `common.calendar.month.${month}` as MessageKey);
  const intlMonth = (locale: string, month: number) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
  const months = Array.from({ length: 12 }, (_, index) => index + 1);

  it('reads every Welsh month name the catalogue has, in any case, and their usual short forms', () => {
    for (const month of months) {
      const name = catalogueMonth('cy', month);
      expect(name, `the Welsh catalogue has its own word for month ${month}`).to.not.equal(catalogueMonth('en-GB', month));
      expect(parseMonth(name, 'cy'), name).to.equal(month);
      expect(parseMonth(name.toUpperCase(), 'cy'), name.toUpperCase()).to.equal(month);
      expect(parseMonth(` ${name.toLowerCase()} `, 'cy-GB'), name.toLowerCase()).to.equal(month);
    }
    expect(parseMonth('Gorff', 'cy')).to.equal(7);
    expect(parseMonth('Chwef', 'cy')).to.equal(2);
    expect(parseMonth('Rhag', 'cy')).to.equal(12);
  });

  it('reads "mis Mawrth" and soft-mutated names as months, but never a weekday (dydd Mawrth is Tuesday)', () => {
    expect(parseMonth('mis Mawrth', 'cy')).to.equal(3);
    expect(parseMonth('Fawrth', 'cy')).to.equal(3);
    expect(parseMonth('Fehefin', 'cy')).to.equal(6);
    expect(parseMonth('Orffennaf', 'cy')).to.equal(7);
    expect(parseMonth('Dachwedd', 'cy')).to.equal(11);
    expect(parseMonth('Ragfyr', 'cy')).to.equal(12);
    expect(parseMonth(translate('cy', 'common.calendar.weekday.TU'), 'cy')).to.equal(null);
    expect(parseMonth(translate('cy', 'common.calendar.weekday.MO'), 'cy')).to.equal(null);
    expect(parseMonth('Mawrthh', 'cy')).to.equal(null);
  });

  it('reads every Arabic month name the catalogue and the browser have, with or without hamza and vowel marks', () => {
    for (const month of months) {
      const name = catalogueMonth('ar', month);
      expect(name, `the Arabic catalogue has its own word for month ${month}`).to.not.equal(catalogueMonth('en-GB', month));
      expect(parseMonth(name, 'ar'), name).to.equal(month);
      expect(parseMonth(intlMonth('ar', month), 'ar'), intlMonth('ar', month)).to.equal(month);
    }
    expect(parseMonth('ابريل', 'ar'), 'April without hamza').to.equal(4);
    expect(parseMonth('إبريل', 'ar'), 'April with hamza below').to.equal(4);
    expect(parseMonth('أَبْرِيل', 'ar'), 'April with vowel marks').to.equal(4);
    expect(parseMonth('\u200Fمايو\u200F', 'ar'), 'May between right-to-left marks').to.equal(5);
  });

  it('reads the Levantine and Iraqi, and the North African Arabic month names', () => {
    for (const month of months) {
      expect(parseMonth(intlMonth('ar-SY', month), 'ar'), intlMonth('ar-SY', month)).to.equal(month);
      expect(parseMonth(intlMonth('ar-DZ', month), 'ar'), intlMonth('ar-DZ', month)).to.equal(month);
      expect(parseMonth(intlMonth('ar-MA', month), 'ar'), intlMonth('ar-MA', month)).to.equal(month);
    }
    expect(parseMonth('تموز', 'ar')).to.equal(7);
    expect(parseMonth('اذار', 'ar'), 'March without madda').to.equal(3);
    // تشرين and كانون each begin two months' names: neither is guessed.
    expect(parseMonth('تشرين', 'ar')).to.equal(null);
    expect(parseMonth('كانون', 'ar')).to.equal(null);
  });

  it('reads Arabic-Indic digits for the month', () => {
    expect(parseMonth('٧', 'ar')).to.equal(7);
    expect(parseMonth('٠٣', 'ar')).to.equal(3);
    expect(parseMonth('١٢', 'en-GB')).to.equal(12);
    expect(parseMonth('۱۱', 'ar'), 'Persian and Urdu digits').to.equal(11);
    expect(parseMonth('١٣', 'ar')).to.equal(null);
    expect(parseMonth('٠', 'ar')).to.equal(null);
  });

  it('keeps English names working in every language, and reads a Welsh name after a switch to English', () => {
    for (const lang of ['en-GB', 'cy', 'ar']) {
      expect(parseMonth('July', lang), lang).to.equal(7);
      expect(parseMonth('sept', lang), lang).to.equal(9);
      expect(parseMonth('Mar', lang), lang).to.equal(3);
      expect(parseMonth('ma', lang), lang).to.equal(null);
      expect(parseMonth('Smarch', lang), lang).to.equal(null);
    }
    expect(parseMonth(catalogueMonth('cy', 7), 'en-GB')).to.equal(7);
    expect(parseMonth(catalogueMonth('ar', 7), 'cy')).to.equal(7);
  });

  it('builds the request from a Welsh or Arabic due month, and a year or an age in Arabic-Indic digits', () => {
    const due = (dueMonth: string, dueYear: string, lang: string) => {
      const result = validateChildren([child({ born: 'no', dueMonth, dueYear })], NOW, lang);
      return result.ok ? result.value[0]!.dueMonth : keys(result);
    };
    expect(due(catalogueMonth('cy', 7), '2027', 'cy')).to.equal('2027-07');
    expect(due('Gorff', '2027', 'cy')).to.equal('2027-07');
    expect(due(catalogueMonth('ar', 7), '٢٠٢٧', 'ar')).to.equal('2027-07');
    expect(due('٧', '٢٠٢٧', 'ar')).to.equal('2027-07');
    expect(due('تموز', '2027', 'ar')).to.equal('2027-07');
    // Checked like any other month: March 2026 has passed, and a weekday is not a month.
    expect(due(catalogueMonth('cy', 3), '2026', 'cy')).to.deep.equal(['referral.error.duePast']);
    expect(due(translate('cy', 'common.calendar.weekday.TU'), '2027', 'cy')).to.deep.equal(['referral.error.dueInvalid']);
    const age = validateChildren([child({ born: 'yes', years: '٣', months: '٢' })], NOW, 'ar');
    expect(age.ok && age.value[0]!.age).to.deep.equal({ kind: 'age', months: 38, send: false });
  });
});
