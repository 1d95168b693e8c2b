import { expect } from '@open-wc/testing';
import { distanceMiles, normalisePostcode } from '../../core/geo.js';
import { CategorySchema, ServiceSchema, SessionSchema, type Session } from '../../core/model.js';
import { londonParts } from '../../core/time.js';
import { LOCALITIES, STRANDS, demoCategories, demoLocations, demoPostcodes, demoServices, demoSessions } from './demo-data.js';
import { NOW } from './test-helpers.js';

const services = demoServices();
const sessions = demoSessions(NOW);
const DAY_MS = 86_400_000;

describe('demo directory: Brackenford', () => {
  it('has over 60 services, each valid against the schema, with unique ids', () => {
    expect(services.length).to.be.at.least(60);
    for (const service of services) expect(ServiceSchema.safeParse(service).success, service.id).to.equal(true);
    expect(new Set(services.map((s) => s.id)).size).to.equal(services.length);
  });

  it('has one Family Hub in each locality and at least four community venues, all with full addresses', () => {
    const venues = demoLocations();
    const hubs = venues.filter((l) => l.isFamilyHub);
    expect(hubs.map((h) => h.locality).sort()).to.deep.equal([...LOCALITIES].sort());
    expect(venues.filter((l) => !l.isFamilyHub).length).to.be.at.least(4);
    for (const venue of venues) {
      expect(venue.address, venue.id).to.not.equal(undefined);
      expect(normalisePostcode(venue.address!.postcode), venue.id).to.equal(venue.address!.postcode);
      expect(venue.point, venue.id).to.not.equal(undefined);
      expect(venue.accessibility.length, venue.id).to.be.greaterThan(0);
    }
  });

  it('places every venue within a few miles of the others', () => {
    const points = demoLocations().map((l) => l.point!);
    for (const a of points) for (const b of points) expect(distanceMiles(a, b)).to.be.below(5);
  });

  it('uses every category in the taxonomy, including all six Start for Life strands', () => {
    const used = new Set(services.flatMap((s) => s.categories.map((c) => c.id)));
    const children = demoCategories().filter((c) => c.parentId !== null);
    expect(children.length).to.equal(43 + 6);
    for (const category of children) expect(used.has(category.id), category.id).to.equal(true);
    for (const strand of Object.values(STRANDS)) expect(used.has(strand), strand).to.equal(true);
  });

  it('gives each service categories that exist in the category list, with the right parent', () => {
    const byId = new Map(demoCategories().map((c) => [c.id, c]));
    for (const category of demoCategories()) expect(CategorySchema.safeParse(category).success).to.equal(true);
    for (const service of services) {
      for (const category of service.categories) expect(byId.get(category.id), `${service.id}: ${category.id}`).to.deep.equal(category);
    }
  });

  it('publishes the Start for Life offer as its own service', () => {
    const offer = services.filter((s) => s.categories.some((c) => c.id === STRANDS.publishing));
    expect(offer.some((s) => /Start for Life offer/.test(s.name))).to.equal(true);
  });

  it('covers the ages families have: pregnancy, babies in months, children, and SEND to 25', () => {
    expect(services.some((s) => s.ageRange.pregnancy && s.ageRange.minMonths === null)).to.equal(true);
    expect(services.some((s) => s.ageRange.maxMonths !== null && s.ageRange.maxMonths < 12)).to.equal(true);
    expect(services.some((s) => s.ageRange.maxMonths !== null && s.ageRange.maxMonths >= 19 * 12)).to.equal(true);
    expect(services.some((s) => s.ageRange.sendTo25)).to.equal(true);
  });

  it('has free and paid services, every delivery mode and access route, and many languages', () => {
    expect(services.some((s) => s.cost.free)).to.equal(true);
    expect(services.some((s) => !s.cost.free && s.cost.options.some((o) => (o.amount ?? 0) > 0))).to.equal(true);
    for (const mode of ['in_person', 'online', 'telephone', 'home_visit'] as const) {
      expect(services.some((s) => s.deliveryModes.includes(mode)), mode).to.equal(true);
    }
    for (const route of ['drop_in', 'book', 'self_refer', 'referral'] as const) {
      expect(services.some((s) => s.access.includes(route)), route).to.equal(true);
    }
    const languages = new Set(services.flatMap((s) => s.languages.map((l) => l.name)));
    for (const name of ['English', 'Polish', 'Urdu', 'Bengali', 'Arabic', 'Welsh', 'British Sign Language']) {
      expect(languages.has(name), name).to.equal(true);
    }
  });

  it('has weekly, fortnightly, monthly-ordinal, evening and Saturday schedules', () => {
    const schedules = services.flatMap((s) => s.schedules);
    expect(schedules.some((s) => s.freq === 'WEEKLY' && s.interval === 1)).to.equal(true);
    expect(schedules.some((s) => s.freq === 'WEEKLY' && s.interval === 2)).to.equal(true);
    expect(schedules.some((s) => s.freq === 'MONTHLY' && s.byday.some((d) => /^-?\d/.test(d)))).to.equal(true);
    expect(schedules.some((s) => (s.opensAt ?? '') >= '18:00')).to.equal(true);
    expect(schedules.some((s) => s.byday.some((d) => d.endsWith('SA')))).to.equal(true);
  });

  it('says who services are for, in words families use', () => {
    const audiences = new Set(services.map((s) => s.audience));
    for (const audience of ['Dads and male carers', 'Foster, adoptive and kinship carers', 'Parents of disabled children']) {
      expect(audiences.has(audience), audience).to.equal(true);
    }
  });

  it('uses only invented contact details: Ofcom drama numbers and example.org addresses', () => {
    for (const service of services) {
      const { phone, email, website } = service.contacts;
      expect(phone || email || website, service.id).to.be.ok;
      if (phone) expect(phone, service.id).to.match(/^(01632 960\d{3}|07700 900\d{3})$/);
      if (email) expect(email, service.id).to.match(/@([a-z-]+\.)?example\.org$/);
      if (website) expect(new URL(website).hostname, service.id).to.match(/(^|\.)example\.org$/);
      if (service.organisation?.url) expect(new URL(service.organisation.url).hostname).to.match(/\.example\.org$/);
      expect(service.lastUpdated, service.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(services.filter((s) => s.alert).length).to.be.at.least(3);
  });

  it('knows every venue postcode and homes across the borough, all normalised', () => {
    const postcodes = demoPostcodes();
    for (const key of Object.keys(postcodes)) expect(normalisePostcode(key)).to.equal(key);
    for (const venue of demoLocations()) expect(postcodes[venue.address!.postcode]).to.deep.equal(venue.point);
    expect(Object.keys(postcodes).length).to.be.at.least(15);
  });

  it('returns fresh copies, so a caller cannot change the demo data', () => {
    const first = demoServices();
    first[0]!.name = 'Changed';
    first[0]!.categories.length = 0;
    expect(demoServices()[0]!.name).to.not.equal('Changed');
    expect(demoServices()[0]!.categories.length).to.be.greaterThan(0);
  });
});

describe('demo sessions', () => {
  const byService = (id: string) => sessions.filter((s) => s.serviceId === id);

  it('are valid, unique, for demo services, sorted, and all within the next eight weeks', () => {
    expect(sessions.length).to.be.greaterThan(100);
    const ids = new Set(services.map((s) => s.id));
    for (const session of sessions) {
      expect(SessionSchema.safeParse(session).success, session.id).to.equal(true);
      expect(ids.has(session.serviceId), session.id).to.equal(true);
      const start = Date.parse(session.start);
      expect(start).to.be.at.least(NOW.getTime());
      expect(start).to.be.below(NOW.getTime() + 56 * DAY_MS);
      expect(Date.parse(session.end)).to.be.greaterThan(start);
    }
    expect(new Set(sessions.map((s) => s.id)).size).to.equal(sessions.length);
    const starts = sessions.map((s) => Date.parse(s.start));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('are the same for the same now, and move on with it', () => {
    expect(demoSessions(new Date(NOW))).to.deep.equal(sessions);
    const weekLater = demoSessions(new Date(NOW.getTime() + 7 * DAY_MS));
    expect(weekLater.map((s) => s.id)).to.not.deep.equal(sessions.map((s) => s.id));
    expect(weekLater.every((s) => Date.parse(s.start) >= NOW.getTime() + 7 * DAY_MS)).to.equal(true);
  });

  it('keep London wall-clock times across the March clock change', () => {
    const clinic = byService('child-health-clinic').filter((s) => s.location?.id === 'loc-north-hub');
    expect(clinic.some((s) => s.start.endsWith('+00:00')) && clinic.some((s) => s.start.endsWith('+01:00'))).to.equal(true);
    for (const session of clinic) expect(londonParts(session.start).hours).to.equal(9);
  });

  it('include a session of 8 places, and full sessions with a waiting list', () => {
    expect(sessions.some((s) => s.mode === 'bookable' && s.capacity !== null && s.capacity <= 8)).to.equal(true);
    const full = sessions.filter((s) => s.placesLeft === 0);
    expect(full.some((s) => s.waitingList)).to.equal(true);
    expect(full.some((s) => !s.waitingList)).to.equal(true);
  });

  it('include an evening session for dads and male carers', () => {
    const evening = sessions.filter((s) => s.audience === 'Dads and male carers' && s.mode === 'bookable' && londonParts(s.start).hours >= 18);
    expect(evening.length).to.be.greaterThan(0);
  });

  it('include online sessions with no venue', () => {
    const online = sessions.filter((s) => s.online);
    expect(online.length).to.be.greaterThan(0);
    for (const session of online) expect(session.location).to.equal(null);
  });

  it('include a six-week course, numbered 1 to 6 under one course id, starting at least a week ahead', () => {
    const course = sessions.filter((s) => s.course);
    const ids = new Set(course.map((s) => s.course!.id));
    expect(ids.size).to.be.at.least(1);
    const [courseId] = ids;
    const parts = course.filter((s) => s.course!.id === courseId);
    expect(parts.map((s) => s.course!.sessionNumber)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(parts.every((s) => s.course!.sessionCount === 6)).to.equal(true);
    expect(Date.parse(parts[0]!.start) - NOW.getTime()).to.be.at.least(6 * DAY_MS);
    expect(new Set(parts.map((s) => s.placesLeft)).size).to.equal(1);
  });

  it('include drop-ins that need no booking', () => {
    const dropIns = sessions.filter((s) => s.mode === 'drop_in');
    expect(dropIns.length).to.be.greaterThan(20);
    for (const session of dropIns) {
      expect(session.capacity).to.equal(null);
      expect(session.placesLeft).to.equal(null);
    }
  });

  it('include sessions whose booking opens a week before they start, some not open yet', () => {
    const released = sessions.filter((s) => s.bookingOpensAt);
    expect(released.length).to.be.greaterThan(1);
    for (const session of released) {
      const opens = londonParts(session.bookingOpensAt!);
      const start = londonParts(session.start);
      expect([opens.hours, opens.minutes]).to.deep.equal([start.hours, start.minutes]);
      const days = Math.round((Date.parse(session.start) - Date.parse(session.bookingOpensAt!)) / DAY_MS);
      expect(days).to.equal(7);
    }
    const notOpen = released.filter((s) => Date.parse(s.bookingOpensAt!) > NOW.getTime());
    expect(notOpen.length).to.be.greaterThan(0);
    // Nobody can have booked a place that has not been released.
    for (const session of notOpen) expect(session.placesLeft).to.equal(session.capacity);
  });

  it('carry the service rules: age bands, household limits and adults-only sessions', () => {
    const massage: Session = byService('baby-massage')[0]!;
    expect(massage.rules.maxChildren).to.equal(1);
    expect(massage.rules.childAgeRange).to.deep.equal({ pregnancy: false, minMonths: 1, maxMonths: 11, sendTo25: false });
    expect(byService('bump-to-baby-course')[0]!.rules.adultsOnly).to.equal(true);
  });
});
