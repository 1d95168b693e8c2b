/**
 * A service's details: everything the backend gave, per place (address, Family Hub building,
 * accessibility, days and times, distance), contacts as safe links, the provider's alert, the days it is
 * closed, when it was last updated, and the "Book a place" / "Ask for support" actions. Backend text is
 * always bound as text; links go through `safeWebUrl`, `telHref` and `mailtoHref`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ageRangeInWords } from '../../core/age.js';
import { distanceMiles } from '../../core/geo.js';
import { mailtoHref, safeWebUrl, telHref } from '../../core/links.js';
import { MAX_CLOSURES, type Closure, type Contacts, type GeoPoint, type Location, type Service } from '../../core/model.js';
import { dateInWords } from '../../core/time.js';
import { formatDayMonthYear } from '../../i18n/format.js';
import type { Translate } from '../../i18n/messages.js';
import { summaryList, warningText, type SummaryRow } from '../../partials/content.js';
import { button } from '../../partials/navigation.js';
import { serviceTags } from './service-card.js';
import {
  accessLines,
  costLines,
  deliveryInWords,
  languagesInWords,
  milesInWords,
  scheduleLine,
  schedulesAt,
} from './service-words.js';

export type FinderAction = 'book' | 'refer';

export interface DetailsContext {
  t: Translate;
  lang: string;
  hubName: string;
  /** "You can call … on …", or nothing when no phone is configured. */
  callUs: TemplateResult | typeof nothing;
  /** The family's looked-up postcode, to give each place's distance. */
  near?: { point: GeoPoint; postcode: string };
  canBook: boolean;
  canRefer: boolean;
  /** Which action the page did not take over, so the finder explains how to do it. */
  actionHelp: FinderAction | null;
  onAction: (action: FinderAction) => void;
  /** Today in London (`2026-12-01`), for which closures are still to come. */
  today: string;
}

function lines(items: string[]) {
  return items.length === 1 ? items[0]! : html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** "2 November 2026" in the widget's language. */
export function lastUpdatedInWords(lang: string, value: string): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return formatDayMonthYear(lang, date);
}

/**
 * "Closed on Friday 25 December 2026." or "Closed from … to …", in the widget's language: one sentence for
 * each of the soonest closures that have not ended by `today` (a London date key, `2026-12-01`).
 */
export function closureSentences(t: Translate, closures: readonly Closure[], today: string): string[] {
  // Midday UTC is the same calendar day in London, in summer and winter.
  const day = (date: string) => dateInWords(`${date}T12:00:00Z`, { t, withYear: true });
  const upcoming = closures
    .filter(({ to }) => to >= today)
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .slice(0, MAX_CLOSURES);
  return upcoming.map(({ from, to }) =>
    from === to ? t('finder.details.closedOn', { date: day(from) }) : t('finder.details.closedFromTo', { from: day(from), to: day(to) }),
  );
}

/** Phone, email and website as safe links; values that are not safe are shown as text or left out. */
export function contactRows(t: Translate, contacts: Contacts): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (contacts.phone) {
    const href = telHref(contacts.phone);
    rows.push({ key: t('finder.details.phone'), value: href ? html`<a href="${href}">${contacts.phone}</a>` : contacts.phone });
  }
  const mail = mailtoHref(contacts.email);
  if (mail) rows.push({ key: t('finder.details.email'), value: html`<a href="${mail}">${contacts.email}</a>` });
  const web = safeWebUrl(contacts.website);
  if (web) {
    rows.push({
      key: t('finder.details.website'),
      value: html`<a href="${web}" target="_blank" rel="noopener noreferrer">${contacts.website} ${t('common.opensInNewTab')}</a>`,
    });
  }
  return rows;
}

function addressLines(location: Location): string | undefined {
  const a = location.address;
  return a ? [a.line1, a.line2, a.town, a.postcode].filter(Boolean).join('\n') : undefined;
}

function locationSection(context: DetailsContext, service: Service, location: Location) {
  const { t } = context;
  const rows: SummaryRow[] = [];
  const address = addressLines(location);
  if (address) rows.push({ key: t('finder.details.address'), value: address });
  if (context.near && location.point) {
    const miles = milesInWords(t, distanceMiles(context.near.point, location.point));
    rows.push({ key: t('finder.details.distance'), value: t('finder.details.distanceAway', { distance: miles, postcode: context.near.postcode }) });
  }
  rows.push({
    key: t('finder.details.familyHub'),
    value: location.isFamilyHub ? t('finder.details.familyHubYes') : t('finder.details.familyHubNo'),
  });
  rows.push({
    key: t('finder.details.accessibility'),
    value: location.accessibility.length ? lines(location.accessibility) : t('finder.details.accessibilityUnknown'),
  });
  const schedules = schedulesAt(service, location.id);
  if (schedules.length) rows.push({ key: t('finder.details.times'), value: lines(schedules.map((s) => scheduleLine(s, t))) });
  return html`<div class="finder-location">
    <h4 class="hub-heading-s">${location.name}</h4>
    ${summaryList(t, rows)}
  </div>`;
}

function whereAndWhen(context: DetailsContext, service: Service) {
  const { t } = context;
  if (service.locations.length) {
    // Nearest first when the family gave a postcode.
    const near = context.near;
    const places = near
      ? [...service.locations].sort(
          (a, b) =>
            (a.point ? distanceMiles(near.point, a.point) : Number.POSITIVE_INFINITY) -
            (b.point ? distanceMiles(near.point, b.point) : Number.POSITIVE_INFINITY),
        )
      : service.locations;
    const placeIds = new Set(service.locations.map((l) => l.id));
    const elsewhere = service.schedules.filter((s) => s.locationId && !placeIds.has(s.locationId));
    return html`${places.map((location) => locationSection(context, service, location))}
    ${elsewhere.length
      ? html`<h4 class="hub-heading-s">${t('finder.details.otherTimes')}</h4>
          <ul class="hub-list">${elsewhere.map((s) => html`<li>${scheduleLine(s, t)}</li>`)}</ul>`
      : nothing}`;
  }
  return html`<p class="hub-body">${t('finder.details.noVenue')}</p>
    ${service.schedules.length
      ? summaryList(t, [{ key: t('finder.details.times'), value: lines(service.schedules.map((s) => scheduleLine(s, t))) }])
      : nothing}`;
}

function aboutRows(context: DetailsContext, service: Service): SummaryRow[] {
  const { t, lang } = context;
  const rows: SummaryRow[] = [];
  const categories = [...new Set(service.categories.map((c) => c.name))];
  if (categories.length) rows.push({ key: t('finder.card.helpsWith'), value: lines(categories) });
  rows.push({ key: t('finder.details.whoFor'), value: ageRangeInWords(service.ageRange, t) });
  if (service.audience) rows.push({ key: t('finder.details.audience'), value: service.audience });
  if (service.eligibility) rows.push({ key: t('finder.details.eligibility'), value: service.eligibility });
  if (service.languages.length) rows.push({ key: t('finder.details.languages'), value: languagesInWords(lang, service.languages, t) });
  rows.push({ key: t('finder.card.cost'), value: lines(costLines(t, lang, service.cost)) });
  const delivery = deliveryInWords(t, lang, service.deliveryModes);
  if (delivery) rows.push({ key: t('finder.card.delivery'), value: delivery });
  rows.push({ key: t('finder.card.access'), value: lines(accessLines(t, service.access)) });
  return rows;
}

function actions(context: DetailsContext) {
  const { t } = context;
  if (!context.canBook && !context.canRefer) return nothing;
  return html`<div class="hub-button-group">
    ${context.canBook ? button({ text: t('finder.action.book'), part: 'action-button', onClick: () => context.onAction('book') }) : nothing}
    ${context.canRefer
      ? button({
          text: t('finder.action.refer'),
          part: 'action-button',
          variant: context.canBook ? 'secondary' : 'primary',
          onClick: () => context.onAction('refer'),
        })
      : nothing}
  </div>`;
}

/** How to book or ask when no widget on the page took the action: the service's contacts, else the hub. */
function actionHelp(context: DetailsContext, service: Service) {
  const { t, actionHelp: action } = context;
  if (!action) return nothing;
  const rows = contactRows(t, service.contacts);
  const title = action === 'book' ? t('finder.action.bookTitle') : t('finder.action.referTitle');
  const body = action === 'book' ? 'finder.action.bookBody' : 'finder.action.referBody';
  return html`<div class="finder-action-help" data-action-help part="action-help">
    <h3 class="hub-heading-s">${title}</h3>
    ${rows.length
      ? html`<p class="hub-body">${t(body, { service: service.name })}</p>
          ${summaryList(t, rows)}`
      : html`<p class="hub-body">${t('finder.action.hubBody', { hubName: context.hubName })}</p>`}
    ${context.callUs}
  </div>`;
}

export function serviceDetails(context: DetailsContext, service: Service) {
  const { t, lang } = context;
  const paragraphs = service.description.split(/\n{2,}/).filter((p) => p.trim());
  const contacts = contactRows(t, service.contacts);
  const closures = closureSentences(t, service.closures ?? [], context.today);
  return html`${service.organisation ? html`<p class="hub-caption">${service.organisation.name}</p>` : nothing}
    <h2 class="hub-heading-l" tabindex="-1" data-details-heading>${service.name}</h2>
    ${serviceTags(t, service)}
    ${service.status === 'temporarily closed' ? html`<p class="hub-body">${t('finder.details.closed')}</p>` : nothing}
    ${service.alert ? warningText(t, service.alert) : nothing}
    ${closures.length ? warningText(t, closures.join(' ')) : nothing}
    ${paragraphs.map((p) => html`<p class="hub-body finder-details__text">${p}</p>`)}
    ${actions(context)} ${actionHelp(context, service)}
    <h3 class="hub-heading-m">${t('finder.details.about')}</h3>
    ${summaryList(t, aboutRows(context, service))}
    <h3 class="hub-heading-m">${t('finder.details.whereWhen')}</h3>
    ${whereAndWhen(context, service)}
    <h3 class="hub-heading-m">${t('finder.details.contact')}</h3>
    ${contacts.length ? summaryList(t, contacts) : html`<p class="hub-body">${t('finder.details.noContact', { hubName: context.hubName })}</p>`}
    ${context.callUs}
    ${service.lastUpdated
      ? html`<p class="hub-body-s hub-secondary-text">${t('finder.details.lastUpdated', { date: lastUpdatedInWords(lang, service.lastUpdated) })}</p>`
      : nothing}`;
}
