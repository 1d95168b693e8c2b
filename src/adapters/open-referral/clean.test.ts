import { expect } from '@open-wc/testing';
import { calendarDate, email, htmlToText, instantOrDate, isPlaceholder, localTime, phone, point, postcode, text, webUrl } from './clean.js';

describe('open-referral: reading untrusted fields', () => {
  describe('htmlToText', () => {
    it('drops tags, and scripts and styles with their content', () => {
      const html = '<p>Hello <b>families</b></p><script>alert("x")</script><style>p{color:red}</style><img src=x onerror=alert(1)>';
      expect(htmlToText(html)).to.equal('Hello families');
    });

    it('keeps paragraphs and list items as lines when multiline', () => {
      expect(htmlToText('<p>One</p><p>Two<br>Three</p><ul><li>A</li><li>B</li></ul>', { multiline: true })).to.equal('One\nTwo\nThree\n\nA\nB');
      expect(htmlToText('<p>One</p><p>Two</p>')).to.equal('One Two');
    });

    it('decodes entities, and drops HTML that was escaped on the way', () => {
      expect(htmlToText('Tea &amp; toast &pound;1 &#8211; &#x2019;')).to.equal('Tea & toast £1 – ’');
      expect(htmlToText('&lt;p&gt;For dads &amp;amp; carers&lt;/p&gt;&lt;script&gt;')).to.equal('For dads & carers');
    });

    it('leaves a "less than" that is not a tag alone', () => {
      expect(htmlToText('Children < 5 and babies <1 year')).to.equal('Children < 5 and babies <1 year');
    });
  });

  describe('text and placeholders', () => {
    it('treats a field holding its own name, a snake_case field name or a stand-in as missing', () => {
      expect(isPlaceholder('wait_time')).to.equal(true);
      expect(isPlaceholder('fees_description')).to.equal(true);
      expect(isPlaceholder('name', 'name')).to.equal(true);
      expect(isPlaceholder('string')).to.equal(true);
      expect(isPlaceholder('Stay and play')).to.equal(false);
      expect(text('wait_time', 100, { key: 'wait_time' })).to.equal(undefined);
      expect(text('  ', 100)).to.equal(undefined);
      expect(text({ toString: () => 'x' }, 100)).to.equal(undefined);
    });

    it('cuts long text at a word boundary within the limit', () => {
      const cut = text('word '.repeat(100), 40)!;
      expect(cut.length).to.be.at.most(40);
      expect(cut.endsWith('word…')).to.equal(true);
    });
  });

  describe('phone', () => {
    it('unwraps literal quotes, tel: and words', () => {
      expect(phone('"+44 1234 234567"')).to.equal('+44 1234 234567');
      expect(phone('“01632 960001”')).to.equal('01632 960001');
      expect(phone('tel:01632960001')).to.equal('01632960001');
      expect(phone('Call us on 01632 960 002 (option 3)')).to.equal('01632 960 002');
      expect(phone('Mon to Fri 9.00 - 17.00 on 01632 960003')).to.equal('01632 960003');
    });

    it('puts back the leading zero a spreadsheet took, and drops what is not a number', () => {
      expect(phone(1632960123)).to.equal('01632960123');
      expect(phone('n/a')).to.equal(undefined);
      expect(phone('12')).to.equal(undefined);
      expect(phone(null)).to.equal(undefined);
    });
  });

  describe('links and email', () => {
    it('keeps only http and https links', () => {
      expect(webUrl('javascript:alert(1)')).to.equal(undefined);
      expect(webUrl('JavaScript:alert(1)')).to.equal(undefined);
      expect(webUrl('data:text/html,<b>x</b>')).to.equal(undefined);
      expect(webUrl('ftp://files.example/x')).to.equal(undefined);
      expect(webUrl(' https://council.example/hubs ')).to.equal('https://council.example/hubs');
      expect(webUrl('www.council.example')).to.equal('https://www.council.example/');
      expect(webUrl('url')).to.equal(undefined);
    });

    it('reads email addresses, without mailto:', () => {
      expect(email('mailto:hub@council.example')).to.equal('hub@council.example');
      expect(email('not an email')).to.equal(undefined);
    });
  });

  describe('times and dates', () => {
    it('reads local times in the shapes feeds write them, ignoring offsets', () => {
      expect(localTime('09:00:00Z')).to.equal('09:00');
      expect(localTime('10:00:00+01:00')).to.equal('10:00');
      expect(localTime('9:30')).to.equal('09:30');
      expect(localTime('9.30am')).to.equal('09:30');
      expect(localTime('12pm')).to.equal('12:00');
      expect(localTime('12am')).to.equal('00:00');
      expect(localTime('25:00')).to.equal(undefined);
      expect(localTime('9')).to.equal(undefined);
      expect(localTime(900)).to.equal(undefined);
    });

    it('reads calendar dates, including UK order, iCalendar and epoch milliseconds', () => {
      expect(calendarDate('2026-03-31')).to.equal('2026-03-31');
      expect(calendarDate('31/03/2026')).to.equal('2026-03-31');
      expect(calendarDate('20260107T133000')).to.equal('2026-01-07');
      expect(calendarDate(1767744000000)).to.equal('2026-01-07');
      // 23:30 UTC on 31 March is already 1 April in London (BST).
      expect(calendarDate('2026-03-31T23:30:00Z')).to.equal('2026-04-01');
      expect(calendarDate('2026-02-30')).to.equal(undefined);
      expect(calendarDate('soon')).to.equal(undefined);
    });

    it('reads last-updated instants with an offset, or dates', () => {
      expect(instantOrDate('2023-03-15T10:30:45.123Z')).to.equal('2023-03-15T10:30:45.123Z');
      expect(instantOrDate('2023-03-15T10:30:45+01:00')).to.equal('2023-03-15T09:30:45.000Z');
      expect(instantOrDate('2023-03-15')).to.equal('2023-03-15');
      expect(instantOrDate('last week')).to.equal(undefined);
    });
  });

  describe('places', () => {
    it('normalises UK postcodes and keeps short foreign ones', () => {
      expect(postcode('le1 5ww')).to.equal('LE1 5WW');
      expect(postcode('ABC 1234')).to.equal('ABC 1234');
      expect(postcode('Not a postcode at all')).to.equal(undefined);
      expect(postcode('postal_code')).to.equal(undefined);
    });

    it('drops coordinates out of range or at 0,0', () => {
      expect(point(100, 101)).to.equal(undefined);
      expect(point(0, 0)).to.equal(undefined);
      expect(point('52.6', '-1.1')).to.deep.equal({ latitude: 52.6, longitude: -1.1 });
      expect(point(52.6, undefined)).to.equal(undefined);
    });
  });
});
