import { expect } from '@open-wc/testing';
import { isCalendarDate, isEmailAddress, isInstantWithOffset } from './formats.js';
import { safeWebUrl } from './links.js';
import { OrganisationSchema, SessionSchema } from './model.js';

describe('string formats', () => {
  it('accepts real calendar dates only, leap days included', () => {
    for (const good of ['2026-03-31', '2028-02-29', '2000-02-29', '1999-12-01']) expect(isCalendarDate(good), good).to.equal(true);
    for (const bad of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-3-1', '31/03/2026', '2026-03-31T10:00:00Z', ''])
      expect(isCalendarDate(bad), bad).to.equal(false);
  });

  it('accepts instants with seconds and an offset or Z, on real dates', () => {
    for (const good of ['2026-03-31T10:00:00+01:00', '2026-10-25T01:30:00Z', '2026-01-05T23:59:59.123-05:30'])
      expect(isInstantWithOffset(good), good).to.equal(true);
    for (const bad of ['2026-03-31T10:00:00', '2026-03-31T10:00+01:00', '2026-02-30T10:00:00Z', '2026-03-31T24:00:00Z', '2026-03-31 10:00:00Z', '2026-03-31T10:00:00+1:00'])
      expect(isInstantWithOffset(bad), bad).to.equal(false);
  });

  it('accepts ordinary email addresses and rejects the usual mistakes', () => {
    for (const good of ['name@example.com', 'first.last+hub@mail.brackenford.gov.uk', "o'neill@example.co.uk", 'a_b-c@x-y.org'])
      expect(isEmailAddress(good), good).to.equal(true);
    for (const bad of ['name@example', 'name.example.com', 'name@@example.com', 'na me@example.com', '.name@example.com', 'name.@example.com', 'name..x@example.com', 'name@-example.com', 'name@example.c', '=1+2@example.com', 'a|b@example.com', '{x}@example.com', '+1@example.com', '-2+3@example.com', "'x@example.com", ''])
      expect(isEmailAddress(bad), bad).to.equal(false);
  });

  it('keeps an organisation web address that is not one as text, never a link, instead of refusing the service', () => {
    const organisation = { id: 'org-1', name: 'Brackenford Community Trust' };
    for (const url of ['mailto:hello@example.org', 'javascript:alert(1)', 'not a web address']) {
      expect(OrganisationSchema.safeParse({ ...organisation, url }).success, url).to.equal(true);
      expect(safeWebUrl(url), url).to.equal(null);
    }
    expect(OrganisationSchema.parse({ ...organisation, url: ' https://trust.example.org/ ' }).url).to.equal('https://trust.example.org/');
  });

  it('makes the model reject a session whose start has no offset', () => {
    const session = {
      id: 's1', serviceId: 'svc', title: 'Stay and play', location: null,
      start: '2026-03-31T10:00:00', end: '2026-03-31T11:00:00+01:00', mode: 'bookable', capacity: 8, placesLeft: 3,
    };
    const result = SessionSchema.safeParse(session);
    expect(result.success).to.equal(false);
    expect(result.error?.issues.some((issue) => issue.path[0] === 'start')).to.equal(true);
    expect(SessionSchema.safeParse({ ...session, start: '2026-03-31T10:00:00+01:00' }).success).to.equal(true);
  });
});
