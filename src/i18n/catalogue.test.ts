import { expect } from '@open-wc/testing';
import { enGB } from './en-gb/index.js';
import { cy } from './cy/index.js';
import { ar } from './ar/index.js';
import './lang-cy.js';
import './lang-ar.js';
// Registers the booking rules' English (each part of the library registers its own).
import '../core/booking-rules.js';
import { hasOwnMessage, onFallback, ownKeys, registerMessages, translate, translator, type Message, type MessageKey, type PluralMessage } from './messages.js';

const englishKeys = Object.keys(enGB).sort() as MessageKey[];

/** Parameters the code passes that English does not need to show. */
const EXTRA_PARAMS: Partial<Record<MessageKey, string[]>> = {
  'common.schedule.monthDayFromEnd': ['count'],
  ...Object.fromEntries(['1', '2', '3', '4', '5', '-1', '-2', '-3', '-4', '-5'].map((n) => [`common.schedule.nthDay.${n}`, ['dayLinked']])),
};

const placeholders = (message: Message) =>
  new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));

for (const [locale, catalogue] of [
  ['cy', cy],
  ['ar', ar],
] as const) {
  describe(`The ${locale} catalogue`, () => {
    const messages = catalogue as Record<string, Message>;

    it('has every English key and no other, so nothing falls back to English', () => {
      expect(Object.keys(messages).sort()).to.deep.equal(englishKeys);
      const missing = englishKeys.filter((key) => !hasOwnMessage(locale, key));
      expect(missing, 'keys without their own message').to.deep.equal([]);
      expect([...ownKeys(locale)].sort()).to.include.members(englishKeys);
    });

    it('translates every key without falling back (and never shows a key name)', () => {
      const fellBack: string[] = [];
      const stop = onFallback((_locale, key) => fellBack.push(key));
      try {
        for (const key of englishKeys) {
          const text = translate(locale, key, { count: 3, n: 2, number: 2, hubName: 'H', phone: '1', years: 1 });
          expect(text, key).not.to.equal('');
          expect(text, key).not.to.contain(key);
        }
      } finally {
        stop();
      }
      expect(fellBack).to.deep.equal([]);
    });

    it('writes every plural in all the forms the language has', () => {
      const wanted = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      expect(wanted).to.have.length(6);
      for (const [key, message] of Object.entries(messages)) {
        if (typeof message === 'string') continue;
        for (const category of wanted) expect((message as PluralMessage)[category], `${key}.${category}`).to.be.a('string');
      }
    });

    it('uses only the placeholders the English has, and keeps every link and phone slot', () => {
      for (const key of englishKeys) {
        const english = placeholders(enGB[key] as Message);
        const translated = placeholders(messages[key]!);
        for (const name of translated) expect(english.has(name) || Boolean(EXTRA_PARAMS[key]?.includes(name)), `${key} has {${name}}`).to.equal(true);
        for (const slot of ['link', 'phone', 'reference', 'service', 'section', 'question', 'schedule', 'days', 'from', 'to', 'ages', 'date']) {
          if (english.has(slot)) expect(translated.has(slot), `${key} keeps {${slot}}`).to.equal(true);
        }
      }
    });

    it('is plain text: no markup, no entities, no stray braces', () => {
      for (const [key, message] of Object.entries(messages)) {
        for (const text of typeof message === 'string' ? [message] : Object.values(message)) {
          expect(text, key).not.to.match(/<\/?[a-z]|&[a-z#0-9]+;/i);
          expect(text.replace(/\{\w+\}/g, ''), key).not.to.match(/[{}]/);
          expect(text.trim(), key).to.not.equal('');
        }
      }
    });

    it('marks optional questions exactly as the (optional) word does, so Check your answers can drop it', () => {
      const optional = messages['common.optional'] as string;
      for (const key of englishKeys) {
        const english = enGB[key];
        if (typeof english === 'string' && english.endsWith('(optional)') && key !== 'common.optional') {
          expect(messages[key], key).to.be.a('string').and.satisfy((text: string) => text.endsWith(optional));
        }
      }
    });
  });
}

describe('Plural forms', () => {
  const forms = (locale: string, key: MessageKey, counts = [0, 1, 2, 3, 4, 6]) => counts.map((count) => translate(locale, key, { count }));

  it('Welsh: zero, one, two, few (3), other (4) and many (6), with their mutations', () => {
    expect(forms('cy', 'booking.availability.fewLeft')).to.deep.equal([
      'Dim lleoedd ar ôl',
      '1 lle ar ôl',
      '2 le ar ôl',
      '3 lle ar ôl',
      '4 o leoedd ar ôl',
      '6 lle ar ôl',
    ]);
    expect(forms('cy', 'finder.results.count')).to.deep.equal([
      'Dim gwasanaethau wedi’u canfod',
      '1 gwasanaeth wedi’i ganfod',
      '2 wasanaeth wedi’u canfod',
      '3 gwasanaeth wedi’u canfod',
      '4 o wasanaethau wedi’u canfod',
      '6 gwasanaeth wedi’u canfod',
    ]);
    expect(forms('cy', 'booking.party.rules.children')).to.deep.equal([
      'Ni all teuluoedd ddod â phlant.',
      'Gall pob teulu ddod ag 1 plentyn.',
      'Gall pob teulu ddod â hyd at 2 blentyn.',
      'Gall pob teulu ddod â hyd at 3 phlentyn.',
      'Gall pob teulu ddod â hyd at 4 o blant.',
      'Gall pob teulu ddod â hyd at 6 phlentyn.',
    ]);
    expect(forms('cy', 'common.age.months')).to.deep.equal(['0 mis', '1 mis', '2 fis', '3 mis', '4 mis', '6 mis']);
    expect(forms('cy', 'finder.where.more')).to.deep.equal([
      'a 0 o leoedd eraill',
      'ac un lle arall',
      'a dau le arall',
      'a thri lle arall',
      'a 4 o leoedd eraill',
      'a chwe lle arall',
    ]);
    expect(forms('cy', 'common.distance.miles')).to.deep.equal(['0 milltir', '1 filltir', '2 filltir', '3 milltir', '4 milltir', '6 milltir']);
  });

  it('Arabic: zero, one, two (the dual), few (3–10), many (11–99) and other (100+)', () => {
    expect(forms('ar', 'booking.availability.fewLeft', [0, 1, 2, 3, 4, 6, 11, 100])).to.deep.equal([
      'لم تتبقَّ أماكن',
      'بقي مكان واحد',
      'بقي مكانان',
      'بقيت 3 أماكن',
      'بقيت 4 أماكن',
      'بقيت 6 أماكن',
      'بقي 11 مكانًا',
      'بقي 100 مكان',
    ]);
    expect(forms('ar', 'finder.results.count')).to.deep.equal([
      'لم يتم العثور على أي خدمة',
      'تم العثور على خدمة واحدة',
      'تم العثور على خدمتين',
      'تم العثور على 3 خدمات',
      'تم العثور على 4 خدمات',
      'تم العثور على 6 خدمات',
    ]);
    expect(forms('ar', 'common.age.years', [0, 1, 2, 3, 4, 6, 19])).to.deep.equal([
      '0 سنة',
      'سنة واحدة',
      'سنتان',
      '3 سنوات',
      '4 سنوات',
      '6 سنوات',
      '19 سنة',
    ]);
    expect(forms('ar', 'common.characterCount.remaining', [0, 1, 2, 3, 4, 6, 12])).to.deep.equal([
      'لم يتبقَّ لك أي حرف',
      'تبقّى لك حرف واحد',
      'تبقّى لك حرفان',
      'تبقّت لك 3 أحرف',
      'تبقّت لك 4 أحرف',
      'تبقّت لك 6 أحرف',
      'تبقّى لك 12 حرفًا',
    ]);
  });

  it('English keeps one and other', () => {
    expect(forms('en-GB', 'booking.availability.fewLeft')).to.deep.equal([
      '0 places left',
      '1 place left',
      '2 places left',
      '3 places left',
      '4 places left',
      '6 places left',
    ]);
  });
});

describe('Choosing words', () => {
  it('falls back from a regional locale to its language, then to English, never to a key', () => {
    expect(translate('cy-GB', 'common.continue')).to.equal('Parhau');
    expect(translate('ar-SY', 'common.continue')).to.equal('متابعة');
    expect(translate('pl', 'common.continue')).to.equal('Continue');
    expect(translate('pl', 'booking.availability.fewLeft', { count: 2 })).to.equal('2 places left');
    expect(translate('cy', 'not.a.key' as MessageKey)).to.equal('');
  });

  it('lets a council’s words win over the built-in ones, for any language and any key', () => {
    registerMessages('cy', { 'finder.search.button': 'Chwilio nawr' });
    registerMessages('en-GB', { 'finder.search.button': 'Find' });
    expect(translate('cy', 'finder.search.button')).to.equal('Chwilio nawr');
    expect(translate('en-GB', 'finder.search.button')).to.equal('Find');
    registerMessages('cy', { 'finder.search.button': 'Chwilio' });
    registerMessages('en-GB', { 'finder.search.button': 'Search' });
  });

  it('adds a new language (Polish) from JavaScript, falling back to English for what it leaves out', () => {
    registerMessages('pl', { 'common.continue': 'Dalej', 'booking.availability.fewLeft': { one: 'Zostało {count} miejsce', few: 'Zostały {count} miejsca', many: 'Zostało {count} miejsc', other: 'Zostało {count} miejsca' } });
    const t = translator('pl');
    expect(t('common.continue')).to.equal('Dalej');
    expect([1, 2, 5].map((count) => t('booking.availability.fewLeft', { count }))).to.deep.equal(['Zostało 1 miejsce', 'Zostały 2 miejsca', 'Zostało 5 miejsc']);
    expect(t('common.back')).to.equal('Back');
    expect(t.locale).to.equal('pl');
  });

  it('keeps English names and phone numbers in order inside Arabic sentences, and leaves other languages alone', () => {
    const params = { hubName: 'Brackenford Family Hubs', phone: '01632 960 001' };
    expect(translate('ar', 'common.problem.phone', params)).to.equal('يمكنك الاتصال بـ\u2068Brackenford Family Hubs\u2069 على الرقم \u206801632 960 001\u2069.');
    expect(translate('ar', 'common.problem.phone', { ...params, hubName: 'مركز الأسرة' })).to.contain('بـمركز الأسرة على');
    expect(translate('en-GB', 'common.problem.phone', params)).to.equal('You can call Brackenford Family Hubs on 01632 960 001.');
    expect(translate('cy', 'common.problem.phone', params)).to.equal('Gallwch ffonio Brackenford Family Hubs ar 01632 960 001.');
  });

  it('shares one set of catalogues between separately bundled copies of the library on a page', () => {
    const store = (globalThis as unknown as Record<symbol, { builtIn: Map<string, unknown> }>)[Symbol.for('family-hub-widgets/messages@1')];
    expect(store, 'the catalogues live on globalThis').to.exist;
    expect(store!.builtIn.has('cy')).to.equal(true);
    expect(store!.builtIn.has('ar')).to.equal(true);
  });
});
