import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { supports, type HubAdapter } from '../../core/adapter.js';
import { toAdapterError, untilAborted, type AdapterError } from '../../core/errors.js';
import { HubActionEvent, HubDataWarningEvent, HubReadyEvent, HubSearchEvent, HubServiceViewEvent } from '../../core/events.js';
import { normalisePostcode } from '../../core/geo.js';
import { WEEKDAYS, type Category, type DeliveryMode, type GeoPoint, type Language, type Page, type Service, type ServiceSummary, type Weekday } from '../../core/model.js';
import { londonDateKey, toLondonIso } from '../../core/time.js';
import { finder as finderWords } from '../../i18n/en-gb/finder.js';
import { addLanguagePack, DEFAULT_LOCALE, onMessagesChanged, type MessageKey } from '../../i18n/messages.js';
import { checkboxes } from '../../partials/checkboxes.js';
import { errorText, type ErrorItem } from '../../partials/error-summary.js';
import { fieldset } from '../../partials/fieldset.js';
import { describedBy, hint, textInput } from '../../partials/field.js';
import { backLink, pagination } from '../../partials/navigation.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { onFeedWarning } from '../../adapters/open-referral/warnings.js';
import { HubElement } from '../base/hub-element.js';
import { ageChoiceGroups, ageChoiceText, isAgeChoice } from './age-choices.js';
import {
  DISTANCES,
  FINDER_DELIVERY_MODES,
  allowedCategoryIds,
  countInUse,
  emptyFilters,
  filtersInUse,
  toServiceQuery,
  type FinderFilters,
} from './filters.js';
import { finderStyles } from './hub-service-finder.styles.js';
import { FinderSearch } from './search.js';
import { serviceCard } from './service-card.js';
import { serviceDetails, type FinderAction } from './service-details.js';
import { languageName, milesInWords } from './service-words.js';
import { readUrlState, sameUrlState, urlPrefix, urlStateOf, urlWithState, type UrlState } from './url-state.js';

// The finder's own English (the words every widget shares are already registered).
addLanguagePack(DEFAULT_LOCALE, finderWords);

/** Between clearing the live region and saying the new message, so a repeated message is heard again. */
/** Typing pauses this long before a search runs. */
const TEXT_DEBOUNCE_MS = 350;
/** A search that takes longer than this is announced ("Searching"), so a screen reader user knows. */
const SLOW_SEARCH_MS = 700;
/** "Book a place" shows when the service has bookable sessions in this many weeks. */
const SESSION_WEEKS = 8;
const DEFAULT_PAGE_SIZE = 10;
/** A postcode look-up shared by searches gives up after this long (a timeout error, with "Try again"). */
const POSTCODE_LOOKUP_MS = 15_000;
/** The postcode box's id (its error is linked to it). */
const POSTCODE_FIELD = 'finder-postcode';
/**
 * Languages offered in the filter before any results arrive: English, Welsh, BSL and languages commonly
 * spoken in England. Their names come from the catalogue (`finder.language.name.<code>`).
 */
const COMMON_LANGUAGES: readonly string[] = [
  'en', 'cy', 'bfi', 'ar', 'bn', 'zh', 'fa', 'fr', 'gu', 'ku', 'lt', 'ps', 'pl', 'pt', 'pa', 'ro', 'so', 'es', 'ta', 'ti', 'tr', 'uk', 'ur',
];

type DetailState =
  | { status: 'idle' }
  | { status: 'loading'; id: string; summary?: ServiceSummary }
  | { status: 'ready'; id: string; service: Service; canBook: boolean }
  | { status: 'error'; id: string; error: AdapterError };

interface ActiveFilter {
  label: string;
  remove: (filters: FinderFilters) => Partial<FinderFilters>;
}

const listConverter = {
  fromAttribute: (value: string | null) =>
    value
      ? value
          .split(/[,\s]+/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  toAttribute: (value: string[]) => value.join(','),
};

/**
 * @summary Find Family Hub and Start for Life services: search, filter by child's age, postcode and
 * distance, day, cost, delivery, language and Family Hub building; read a service's details; book a place
 * or ask for support.
 * @tag hub-service-finder
 *
 * @attr adapter - The name of a registered adapter, e.g. `demo`. As a property, a `HubAdapter` object.
 * @attr src - An Open Referral UK feed's base URL (the directory).
 * @attr api-base - The project's HTTP API base URL.
 * @attr categories - Limit the finder to these category ids (comma-separated), e.g. `start-for-life`. A parent id includes its children.
 * @attr postcode - A postcode to start with (the family can change it).
 * @attr page-size - Results per page, 1 to 100. Default 10.
 * @attr url-state - Opt in to keeping filters, page and the open service in the page URL (parameters start `hubfinder-`, or the attribute's value). Search words, postcodes and children's ages are never put in the URL.
 * @attr hub-name - The hub's name in sentences, e.g. "Brackenford Family Hubs".
 * @attr hub-phone - The hub's phone number, shown wherever a family could get stuck.
 * @attr hub-phone-hours - When the phone is answered.
 *
 * @fires hub-search - A search finished. `detail`: `{ resultCount, filters, page }`; `filters` names the filters used, never their values.
 * @fires hub-service-view - A family opened a service's details. `detail`: `{ serviceId }`.
 * @fires hub-action - "Book a place" or "Ask for support". Cancelable. `detail`: `{ action: 'book' | 'refer', serviceId }`.
 * @fires hub-ready - The first results are shown. `detail`: `{ widget: 'service-finder' }`.
 * @fires hub-error - The backend failed. `detail`: `{ widget, code }`.
 *
 * @csspart search - The search form (words, postcode, distance).
 * @csspart filters - The filters column.
 * @csspart active-filters - The "Filters in use" buttons and "Clear all filters".
 * @csspart results - The results column.
 * @csspart result - One result card.
 * @csspart pagination - The page links.
 * @csspart details - A service's details.
 * @csspart action-button - "Book a place" and "Ask for support".
 * @csspart action-help - How to book or ask, when no widget on the page takes the action.
 * @csspart button - Other buttons.
 * @csspart back-link - "Back to results".
 * @csspart problem - The problem state with the hub's phone number.
 *
 * @cssprop [--hub-font-family=inherit] - Font.
 * @cssprop [--hub-font-size=max(1rem, 16px)] - Base size; everything scales from it.
 * @cssprop [--hub-text=#0b0c0c] - Text colour.
 * @cssprop [--hub-link=#1d70b8] - Links.
 * @cssprop [--hub-focus=#ffdd00] - Focus highlight.
 * @cssprop [--hub-border=#b1b4b6] - Dividers.
 * @cssprop [--hub-button=#00703c] - Main buttons.
 * @cssprop [--hub-accent=#1d70b8] - The edge of the "how to book" box.
 * @cssprop [--hub-chip=#ffffff] - "Filters in use" buttons.
 * @cssprop [--hub-chip-radius=0] - Their corners.
 * @cssprop [--hub-max-width=60em] - The widget's widest.
 */
export class HubServiceFinder extends HubElement {
  static override styles = [...baseStyles, formStyles, finderStyles];

  static override properties = {
    categories: { converter: listConverter },
    postcode: {},
    pageSize: { attribute: 'page-size', type: Number },
    urlState: { attribute: 'url-state' },
    now: { attribute: false },
    view: { state: true },
    filters: { state: true },
    textDraft: { state: true },
    postcodeDraft: { state: true },
    postcodeError: { state: true },
    page: { state: true },
    results: { state: true },
    searching: { state: true },
    searchError: { state: true },
    categoryStatus: { state: true },
    categoryList: { state: true },
    detail: { state: true },
    actionHelp: { state: true },
    filtersOpen: { state: true },
    nearPostcode: { state: true },
  };

  /** Category ids the finder is limited to; empty for all. */
  declare categories: string[];
  /** A postcode to start with. */
  declare postcode: string | undefined;
  declare pageSize: number;
  /** Present to keep state in the URL; its value, if any, is the parameter prefix. */
  declare urlState: string | null | undefined;
  /** The clock (for which sessions are upcoming). Tests set it; pages need not. */
  declare now: () => Date;

  protected readonly widgetName = 'service-finder';

  private declare view: 'results' | 'details';
  private declare filters: FinderFilters;
  private declare textDraft: string;
  private declare postcodeDraft: string;
  /** What is wrong with the postcode, worded when shown (so it follows a change of language); null when nothing. */
  private declare postcodeError: ErrorItem | null;
  private declare page: number;
  private declare results: Page<ServiceSummary> | null;
  private declare searching: boolean;
  private declare searchError: AdapterError | null;
  private declare categoryStatus: 'loading' | 'ready' | 'error';
  private declare categoryList: Category[];
  private declare detail: DetailState;
  private declare actionHelp: FinderAction | null;
  private declare filtersOpen: boolean;
  /** The postcode the current results are sorted from (normalised), or '' when none. */
  private declare nearPostcode: string;

  private activeAdapter: HubAdapter | undefined;
  private searcher: FinderSearch | undefined;
  private searchSeq = 0;
  private searchAbort: AbortController | undefined;
  private detailSeq = 0;
  private detailAbort: AbortController | undefined;
  private categoryAbort: AbortController | undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Postcode look-ups by postcode, finished or under way. A search that is overtaken (leaving the postcode
   * box starts one, and pressing Search straight after starts another) leaves its look-up running for the
   * next search to share, so a postcode is looked up once.
   */
  private readonly postcodePoints = new Map<string, Promise<GeoPoint>>();
  /** Languages seen in results, by code (or name): named when shown, in the widget's language at the time. */
  private readonly languagesSeen = new Map<string, Language>();
  /** Category groups the family opened or closed themselves. */
  private readonly groupOpen = new Map<string, boolean>();
  private nearPoint: GeoPoint | undefined;
  private readyFired = false;
  /** The details entry this finder pushed onto the history, so "Back to results" can go back to it. */
  private pushedDetails = false;
  /** "Back to results" asked the browser to go back, and its popstate has not come yet. */
  private backPending = false;
  private lastPostcodeAttribute: string | undefined;
  /** Words and option lists that only change with the language or catalogue (they are costly to rebuild). */
  private readonly memo = new Map<string, unknown>();
  private stopWatchingMessages: (() => void) | undefined;
  private stopWatchingFeedWarnings: (() => void) | undefined;

  constructor() {
    super();
    this.categories = [];
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.urlState = null;
    this.now = () => new Date();
    this.view = 'results';
    this.filters = emptyFilters();
    this.textDraft = '';
    this.postcodeDraft = '';
    this.postcodeError = null;
    this.page = 1;
    this.results = null;
    this.searching = false;
    this.searchError = null;
    this.categoryStatus = 'loading';
    this.categoryList = [];
    this.detail = { status: 'idle' };
    this.actionHelp = null;
    this.filtersOpen = false;
    this.nearPostcode = '';
  }

  // ---------------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.stopWatchingMessages = onMessagesChanged(() => this.memo.clear());
    // Records a `src` feed could not use: tell the host page how many (never what they were).
    this.stopWatchingFeedWarnings = onFeedWarning((warning, feedUrl) => {
      if (warning.kind !== 'skipped-records' || (this.src && this.src !== feedUrl)) return;
      this.emit(new HubDataWarningEvent({ skipped: warning.count }));
    });
    // Moved in the page: start again (willUpdate picks the adapter up).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.stopWatchingMessages?.();
    this.stopWatchingFeedWarnings?.();
    this.searchAbort?.abort();
    this.detailAbort?.abort();
    this.categoryAbort?.abort();
    clearTimeout(this.debounceTimer);
    clearTimeout(this.slowTimer);
    // Reconnecting starts again with the same adapter.
    this.activeAdapter = undefined;
  }

  protected override willUpdate(changed: PropertyValues = new Map()): void {
    super.willUpdate();
    const adapter = this.hubAdapter;
    if (adapter !== this.activeAdapter) {
      this.activeAdapter = adapter;
      this.start(adapter);
      return;
    }
    if (!adapter) return;
    const postcodeChanged = changed.has('postcode') && this.postcode !== this.lastPostcodeAttribute;
    if (postcodeChanged) {
      this.lastPostcodeAttribute = this.postcode;
      this.postcodeDraft = this.postcode ?? '';
      this.filters = { ...this.filters, postcode: this.postcodeDraft };
    }
    if (postcodeChanged || changed.has('categories') || changed.has('pageSize')) {
      this.page = 1;
      void this.search();
    }
  }

  /** A new adapter: load categories and the first results, from the URL when it carries a search. */
  private start(adapter: HubAdapter | undefined): void {
    this.searchAbort?.abort();
    this.detailAbort?.abort();
    this.categoryAbort?.abort();
    this.searcher = adapter ? new FinderSearch(adapter) : undefined;
    this.postcodePoints.clear();
    if (!adapter) return;
    this.lastPostcodeAttribute = this.postcode;
    if (this.postcode && !this.postcodeDraft) {
      this.postcodeDraft = this.postcode;
      this.filters = { ...this.filters, postcode: this.postcode };
    }
    let serviceId: string | null = null;
    if (this.urlStateOn) {
      const state = readUrlState(location.search, this.urlParamPrefix);
      this.applyUrlFilters(state);
      serviceId = state.serviceId;
    }
    void this.loadCategories(adapter);
    void this.search({ initial: true });
    if (serviceId) void this.openService(serviceId, { push: false, focus: false });
  }

  // ---------------------------------------------------------------------------------------------------
  // Derived values

  private get urlStateOn(): boolean {
    return this.urlState !== null && this.urlState !== undefined;
  }

  private get urlParamPrefix(): string {
    return urlPrefix(this.urlState);
  }

  private get locale(): string {
    return this.localize.lang;
  }

  private get perPage(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, 100) : DEFAULT_PAGE_SIZE;
  }

  /** Whether the postcode and distance filters can work: the adapter looks postcodes up. */
  private get canSearchByDistance(): boolean {
    const adapter = this.activeAdapter;
    return Boolean(adapter && supports(adapter, 'lookupPostcode') && adapter.lookupPostcode);
  }

  private get allowed(): Set<string> {
    return allowedCategoryIds(this.categories ?? [], this.categoryList);
  }

  private memoised<T>(key: string, make: () => T): T {
    const fullKey = `${this.locale}|${key}`;
    if (!this.memo.has(fullKey)) this.memo.set(fullKey, make());
    return this.memo.get(fullKey) as T;
  }

  private get parentOf(): Map<string, string | null> {
    return new Map(this.categoryList.map((c) => [c.id, c.parentId]));
  }

  // ---------------------------------------------------------------------------------------------------
  // Loading

  private async loadCategories(adapter: HubAdapter): Promise<void> {
    this.categoryAbort?.abort();
    const controller = new AbortController();
    this.categoryAbort = controller;
    this.categoryStatus = 'loading';
    try {
      const list = await adapter.listCategories({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.categoryList = list;
      this.categoryStatus = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.reportError(error);
      this.categoryStatus = 'error';
    }
  }

  /**
   * Runs the search for the current filters and page. A newer search aborts this one, and an answer that
   * arrives after a newer search started is thrown away.
   */
  private async search(options: { initial?: boolean; focusResults?: boolean; focusPostcode?: boolean } = {}): Promise<void> {
    const searcher = this.searcher;
    if (!searcher) return;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.slowTimer);
    this.searchAbort?.abort();
    const controller = new AbortController();
    this.searchAbort = controller;
    const seq = ++this.searchSeq;
    const filters = this.filters;
    this.searching = true;
    if (options.initial) this.announce(this.t('finder.announce.loading'));
    else this.slowTimer = setTimeout(() => seq === this.searchSeq && this.searching && this.announce(this.t('finder.announce.searching')), SLOW_SEARCH_MS);
    try {
      const near = await this.resolvePostcode(filters, controller.signal);
      if (seq !== this.searchSeq) return;
      if (near === 'problem') {
        this.searching = false;
        clearTimeout(this.slowTimer);
        if (this.postcodeError) this.announce(`${this.t('common.errorPrefix')} ${errorText(this.t, this.postcodeError)}`);
        if (options.focusPostcode) void this.focusAfterUpdate(`#${POSTCODE_FIELD}`);
        return;
      }
      const query = toServiceQuery(filters, near?.point, this.allowed);
      const result = await searcher.run(query, this.page, this.perPage, controller.signal, this.parentOf);
      if (seq !== this.searchSeq) return;
      clearTimeout(this.slowTimer);
      this.nearPoint = near?.point;
      this.nearPostcode = near?.postcode ?? '';
      this.results = result;
      this.page = result.page;
      this.searchError = null;
      this.searching = false;
      this.rememberLanguages(result.items);
      // The service answers again: topics that failed to load (the same outage) load now, unasked.
      if (this.categoryStatus === 'error' && this.activeAdapter) void this.loadCategories(this.activeAdapter);
      this.announce(this.resultsAnnouncement(result));
      const used = filtersInUse(filters).filter((name) => near || (name !== 'near' && name !== 'radiusMiles'));
      this.emit(new HubSearchEvent({ resultCount: result.totalItems, filters: used, page: result.page }));
      if (!this.readyFired) {
        this.readyFired = true;
        this.emit(new HubReadyEvent({ widget: this.widgetName }));
      }
      if (options.focusResults) void this.focusAfterUpdate('[data-results-heading]');
    } catch (error) {
      if (seq !== this.searchSeq) return;
      const adapterError = toAdapterError(error);
      if (adapterError.code === 'aborted') return;
      clearTimeout(this.slowTimer);
      this.searching = false;
      this.searchError = this.reportError(adapterError);
      this.announce(this.t('common.problem.title'));
      if (options.focusResults) void this.focusAfterUpdate('[data-problem-heading]');
    }
  }

  /**
   * The point to search from: undefined with no postcode, 'problem' when the postcode is missing (for a
   * distance), malformed or unknown (the message is then in `postcodeError`).
   */
  private async resolvePostcode(filters: FinderFilters, signal: AbortSignal): Promise<{ point: GeoPoint; postcode: string } | undefined | 'problem'> {
    const adapter = this.activeAdapter;
    if (!adapter || !this.canSearchByDistance) return undefined;
    const typed = filters.postcode.trim();
    if (!typed) {
      if (filters.radiusMiles !== null) {
        const radius = filters.radiusMiles;
        this.postcodeError = { fieldId: POSTCODE_FIELD, key: 'finder.postcode.errorNeeded', params: { distance: (t) => milesInWords(t, radius) } };
        return 'problem';
      }
      this.postcodeError = null;
      return undefined;
    }
    const postcode = normalisePostcode(typed);
    if (!postcode) {
      this.postcodeError = { fieldId: POSTCODE_FIELD, key: 'finder.postcode.errorFormat' };
      return 'problem';
    }
    let lookup = this.postcodePoints.get(postcode);
    if (!lookup) {
      // Its own time limit, not a search's signal: an overtaken search must not cancel what the next one needs.
      lookup = adapter.lookupPostcode!(postcode, { signal: AbortSignal.timeout(POSTCODE_LOOKUP_MS) });
      this.postcodePoints.set(postcode, lookup);
      // A failed look-up is forgotten, so "Try again" asks again.
      lookup.catch(() => this.postcodePoints.get(postcode) === lookup && this.postcodePoints.delete(postcode));
    }
    let point: GeoPoint;
    try {
      point = await untilAborted(lookup, signal);
    } catch (error) {
      const adapterError = toAdapterError(error);
      if (adapterError.code === 'not-found' || adapterError.code === 'validation') {
        this.postcodeError = { fieldId: POSTCODE_FIELD, key: 'finder.postcode.errorUnknown' };
        return 'problem';
      }
      throw adapterError;
    }
    this.postcodeError = null;
    return { point, postcode };
  }

  private resultsAnnouncement(result: Page<ServiceSummary>): string {
    if (!result.totalItems) return this.t('finder.results.none');
    const count = this.t('finder.results.count', { count: result.totalItems });
    if (result.totalPages <= 1) return count;
    return `${count}. ${this.showingText(result)}`;
  }

  private showingText(result: Page<ServiceSummary>): string {
    const from = (result.page - 1) * result.perPage + 1;
    return this.t('finder.results.showing', { from, to: from + result.items.length - 1, total: result.totalItems });
  }

  private rememberLanguages(items: readonly ServiceSummary[]): void {
    for (const item of items) {
      for (const language of item.languages) {
        const value = language.code ?? language.name;
        if (!this.languagesSeen.has(value)) this.languagesSeen.set(value, language);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Changing filters

  /** Applies a change to the filters (back to page 1), records it in the URL and searches. */
  private changeFilters(patch: Partial<FinderFilters>, options: { focusPostcode?: boolean } = {}): void {
    this.filters = { ...this.filters, ...patch };
    this.page = 1;
    this.syncUrl('push');
    void this.search(options);
  }

  private onTextInput(value: string): void {
    this.textDraft = value;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      if (this.textDraft.trim() !== this.filters.text) this.changeFilters({ text: this.textDraft.trim() });
    }, TEXT_DEBOUNCE_MS);
  }

  /** Leaving the postcode box applies a complete postcode (or a cleared box); a half-typed one waits for Search. */
  private onPostcodeChange(value: string): void {
    const typed = value.trim();
    if (typed === this.filters.postcode) return;
    if (!typed || normalisePostcode(typed)) this.changeFilters({ postcode: typed });
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.debounceTimer);
    this.changeFilters({ text: this.textDraft.trim(), postcode: this.postcodeDraft.trim() }, { focusPostcode: true });
  }

  private onDistanceChange(value: string): void {
    const miles = value ? Number(value) : null;
    this.changeFilters({ radiusMiles: miles, postcode: this.postcodeDraft.trim() }, { focusPostcode: true });
  }

  private setAge(index: number, value: string): void {
    const ages = [...this.filters.ages];
    ages[index] = isAgeChoice(value) ? value : '';
    this.changeFilters({ ages });
  }

  private addChild(): void {
    this.filters = { ...this.filters, ages: [...this.filters.ages, ''] };
    void this.focusAfterUpdate(`#age-${this.filters.ages.length - 1}`);
  }

  private removeChildRow(index: number): void {
    const removed = this.filters.ages[index];
    const ages = this.filters.ages.filter((_, i) => i !== index);
    const next = ages.length ? ages : [''];
    if (removed) this.changeFilters({ ages: next });
    else this.filters = { ...this.filters, ages: next };
    void this.focusAfterUpdate(ages.length ? `#age-${Math.max(0, index - 1)}` : '#age-0');
  }

  private activeFilters(): ActiveFilter[] {
    const { t } = this;
    const f = this.filters;
    const active: ActiveFilter[] = [];
    if (f.text.trim()) active.push({ label: t('finder.active.text', { text: f.text.trim() }), remove: () => ({ text: '' }) });
    f.ages.forEach((age, index) => {
      if (age) active.push({ label: ageChoiceText(t, age), remove: (now) => ({ ages: now.ages.filter((_, i) => i !== index).concat(now.ages.length > 1 ? [] : ['']) }) });
    });
    const names = new Map(this.categoryList.map((c) => [c.id, c.name]));
    const allowed = this.allowed;
    for (const id of f.categoryIds.filter((c) => !allowed.size || allowed.has(c))) {
      active.push({ label: names.get(id) ?? id, remove: (now) => ({ categoryIds: now.categoryIds.filter((c) => c !== id) }) });
    }
    if (this.nearPostcode && f.postcode.trim() && !this.postcodeError) {
      active.push({ label: t('finder.active.postcode', { postcode: this.nearPostcode }), remove: () => ({ postcode: '', radiusMiles: null }) });
      if (f.radiusMiles !== null) {
        active.push({ label: t('finder.active.distance', { distance: milesInWords(t, f.radiusMiles) }), remove: () => ({ radiusMiles: null }) });
      }
    }
    for (const day of WEEKDAYS.filter((d) => f.days.includes(d))) {
      active.push({ label: t(`finder.day.${day}` as MessageKey), remove: (now) => ({ days: now.days.filter((d) => d !== day) }) });
    }
    if (f.freeOnly) active.push({ label: t('finder.active.freeOnly'), remove: () => ({ freeOnly: false }) });
    for (const mode of FINDER_DELIVERY_MODES.filter((m) => f.deliveryModes.includes(m))) {
      active.push({ label: t(`finder.delivery.${mode}` as MessageKey), remove: (now) => ({ deliveryModes: now.deliveryModes.filter((m) => m !== mode) }) });
    }
    if (f.language) active.push({ label: t('finder.active.language', { language: this.languageLabel(f.language) }), remove: () => ({ language: '' }) });
    if (f.atFamilyHub) active.push({ label: t('finder.active.atFamilyHub'), remove: () => ({ atFamilyHub: false }) });
    return active;
  }

  private removeFilter(filter: ActiveFilter, index: number): void {
    const patch = filter.remove(this.filters);
    if ('text' in patch) this.textDraft = '';
    if ('postcode' in patch) {
      this.postcodeDraft = '';
      this.postcodeError = null;
    }
    this.changeFilters(patch);
    // Focus stays in the list: the button that took this one's place, else "Clear all", else the heading.
    const remaining = this.activeFilters().length;
    void this.focusAfterUpdate(remaining ? `[data-chip="${Math.min(index, remaining - 1)}"]` : '[data-results-heading]');
  }

  private clearAll(): void {
    this.textDraft = '';
    this.postcodeDraft = '';
    this.postcodeError = null;
    this.filters = emptyFilters();
    this.page = 1;
    this.syncUrl('push');
    void this.search({ focusResults: true });
  }

  private goToPage(page: number): void {
    this.page = page;
    this.syncUrl('push');
    void this.search({ focusResults: true });
  }

  // ---------------------------------------------------------------------------------------------------
  // Details and actions

  private async openService(id: string, options: { push?: boolean; focus?: boolean } = {}): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const { push = true, focus = true } = options;
    this.detailAbort?.abort();
    const controller = new AbortController();
    this.detailAbort = controller;
    const seq = ++this.detailSeq;
    const summary = this.results?.items.find((item) => item.id === id);
    this.view = 'details';
    this.actionHelp = null;
    this.detail = { status: 'loading', id, ...(summary ? { summary } : {}) };
    if (push && this.urlStateOn) {
      this.syncUrl('push', id);
      this.pushedDetails = true;
    }
    this.emit(new HubServiceViewEvent({ serviceId: id }));
    this.announce(this.t('finder.announce.detailsLoading'));
    if (focus) void this.focusAfterUpdate(summary ? '[data-details-heading]' : '[data-details-loading]');
    try {
      const [service, hasSessions] = await Promise.all([
        adapter.getService(id, { signal: controller.signal }),
        this.hasBookableSessions(adapter, id, controller.signal),
      ]);
      if (seq !== this.detailSeq) return;
      this.detail = { status: 'ready', id, service, canBook: hasSessions ?? service.access.includes('book') };
      this.announce(service.name);
      if (focus) void this.focusAfterUpdate('[data-details-heading]');
    } catch (error) {
      if (seq !== this.detailSeq) return;
      const adapterError = toAdapterError(error);
      if (adapterError.code === 'aborted') return;
      this.detail = { status: 'error', id, error: this.reportError(adapterError) };
      this.announce(this.t('common.problem.title'));
      if (focus) void this.focusAfterUpdate('[data-problem-heading]');
    }
  }

  /** Whether the service has sessions to book soon; null when the adapter cannot say. */
  private async hasBookableSessions(adapter: HubAdapter, serviceId: string, signal: AbortSignal): Promise<boolean | null> {
    if (!supports(adapter, 'listSessions')) return null;
    const from = this.now();
    const to = new Date(from.getTime() + SESSION_WEEKS * 7 * 24 * 60 * 60 * 1000);
    try {
      const sessions = await adapter.listSessions({ serviceId, from: toLondonIso(from), to: toLondonIso(to) }, { signal });
      return sessions.some((session) => session.mode === 'bookable');
    } catch (error) {
      if (toAdapterError(error).code === 'aborted') throw error;
      // Sessions are a bonus on this page: the service's own "how to use it" still decides.
      return null;
    }
  }

  /**
   * Tells the page a family wants to book or ask. A booking or self-referral widget on the page (or the
   * page itself) takes it by calling preventDefault(); if nobody does, the finder says how to do it.
   */
  private takeAction(action: FinderAction, service: Service): void {
    const event = this.emit(new HubActionEvent({ action, serviceId: service.id }));
    if (event.defaultPrevented) {
      this.actionHelp = null;
      return;
    }
    this.actionHelp = action;
    void this.focusAfterUpdate('[data-action-help] h3');
  }

  private backToResults(): void {
    if (this.backPending) return; // a second click before the browser has gone back must not leave the page
    if (this.urlStateOn && this.pushedDetails) {
      // The browser's Back and ours stay in step: popstate shows the results.
      this.backPending = true;
      history.back();
      return;
    }
    this.showResults(true);
  }

  private showResults(push: boolean): void {
    const id = this.detail.status === 'idle' ? null : this.detail.id;
    this.detailAbort?.abort();
    this.view = 'results';
    this.actionHelp = null;
    this.pushedDetails = false;
    if (push) this.syncUrl('push');
    const card = id ? `[data-service-id="${CSS.escape(id)}"]` : null;
    void this.updateComplete.then(() => {
      const target = card && this.renderRoot.querySelector(card) ? card : '[data-results-heading]';
      void this.focusAfterUpdate(target);
    });
    if (!this.results && !this.searching) void this.search();
  }

  private onOpenCard(id: string, event: Event): void {
    const mouse = event as MouseEvent;
    // Let the browser open a new tab or window for the link.
    if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey || mouse.button > 0) return;
    event.preventDefault();
    void this.openService(id);
  }

  // ---------------------------------------------------------------------------------------------------
  // URL state

  private currentUrlState(serviceId: string | null = null): UrlState {
    return urlStateOf(this.filters, this.page, serviceId);
  }

  private syncUrl(mode: 'push' | 'replace', serviceId: string | null = null): void {
    if (!this.urlStateOn) return;
    const current = readUrlState(location.search, this.urlParamPrefix);
    const wanted = this.currentUrlState(serviceId);
    if (sameUrlState(current, wanted)) return;
    const href = urlWithState(location.href, wanted, this.urlParamPrefix);
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  private detailsHref(serviceId: string): string {
    return urlWithState(location.href, this.currentUrlState(serviceId), this.urlParamPrefix);
  }

  private applyUrlFilters(state: UrlState): boolean {
    const before = JSON.stringify(urlStateOf(this.filters, this.page, null));
    this.filters = {
      ...this.filters,
      categoryIds: state.categoryIds,
      days: state.days,
      freeOnly: state.freeOnly,
      deliveryModes: state.deliveryModes,
      language: state.language,
      atFamilyHub: state.atFamilyHub,
    };
    this.page = state.page;
    return before !== JSON.stringify(urlStateOf(this.filters, this.page, null));
  }

  /** The browser's Back or Forward: show what the URL says, keeping what is not in it (words, postcode, ages). */
  private readonly onPopState = (): void => {
    this.backPending = false;
    if (!this.urlStateOn || !this.activeAdapter) return;
    const state = readUrlState(location.search, this.urlParamPrefix);
    const changed = this.applyUrlFilters(state);
    if (state.serviceId) {
      if (this.view !== 'details' || this.detail.status === 'idle' || this.detail.id !== state.serviceId) {
        void this.openService(state.serviceId, { push: false });
      }
      if (changed) void this.search();
      return;
    }
    if (this.view === 'details') this.showResults(false);
    if (changed) void this.search({ focusResults: this.view === 'results' && !this.pushedDetails });
  };

  // ---------------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    if (!this.activeAdapter) return html`${this.renderConfigurationError()}${this.renderAnnouncer()}`;
    return html`<div class="finder">
      ${this.view === 'details' ? this.renderDetails() : nothing}
      <div ?hidden=${this.view === 'details'}>
        ${this.renderSearchForm()}
        <div class="finder-layout">
          ${this.renderFilters()}
          <div class="finder-results" part="results" aria-busy="${this.searching ? 'true' : 'false'}">${this.renderResults()}</div>
        </div>
      </div>
      ${this.renderAnnouncer()}
    </div>`;
  }

  private renderSearchForm() {
    const { t } = this;
    return html`<form class="finder-search" role="search" part="search" novalidate @submit=${(e: Event) => this.onSubmit(e)}>
      <div class="finder-search__text">
        ${textInput({
          t,
          id: 'finder-text',
          label: t('finder.search.label'),
          hint: t('finder.search.hint'),
          type: 'search',
          autocomplete: 'off',
          value: this.textDraft,
          onInput: (value) => this.onTextInput(value),
        })}
      </div>
      ${this.canSearchByDistance
        ? html`<div class="finder-search__where">
            ${textInput({
              t,
              id: POSTCODE_FIELD,
              label: t('finder.postcode.label'),
              hint: t('finder.postcode.hint'),
              autocomplete: 'postal-code',
              spellcheck: false,
              width: 10,
              value: this.postcodeDraft,
              error: this.postcodeError ? errorText(t, this.postcodeError) : undefined,
              onInput: (value) => (this.postcodeDraft = value),
              onChange: (value) => this.onPostcodeChange(value),
            })}
            ${this.renderDistance()}
          </div>`
        : nothing}
      <div class="finder-search__submit">
        <button type="submit" class="hub-button" part="button">${t('finder.search.button')}</button>
      </div>
    </form>`;
  }

  private renderDistance() {
    const { t } = this;
    const value = this.filters.radiusMiles === null ? '' : String(this.filters.radiusMiles);
    return html`<div class="hub-form-group">
      <label class="hub-label" for="finder-distance">${t('finder.distance.label')}</label>
      <select class="hub-select" id="finder-distance" .value=${live(value)} @change=${(e: Event) => this.onDistanceChange((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${t('finder.distance.any')}</option>
        ${DISTANCES.map((miles) => html`<option value="${miles}" ?selected=${value === String(miles)}>${t('common.distance.miles', { count: miles })}</option>`)}
      </select>
    </div>`;
  }

  private renderFilters() {
    const { t } = this;
    const inUse = countInUse(this.filters);
    const toggleText = this.filtersOpen
      ? t('finder.filters.hide')
      : inUse
        ? t('finder.filters.showInUse', { count: inUse })
        : t('finder.filters.show');
    return html`<div class="finder-filters-column" part="filters">
      <button
        type="button"
        class="hub-button hub-button--secondary finder-filters-toggle"
        part="button"
        aria-expanded="${this.filtersOpen ? 'true' : 'false'}"
        aria-controls="finder-filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${toggleText}
      </button>
      <div id="finder-filters" class="finder-filters ${this.filtersOpen ? 'finder-filters--open' : ''}">
        <h2 class="hub-heading-m finder-filters__title">${t('finder.filters.title')}</h2>
        ${this.renderAges()} ${this.renderCategories()}
        ${checkboxes({
          t,
          id: 'finder-days',
          name: 'days',
          legend: t('finder.days.legend'),
          hint: t('finder.days.hint'),
          items: WEEKDAYS.map((day) => ({ value: day, text: t(`finder.day.${day}` as MessageKey) })),
          values: this.filters.days,
          onChange: (values) => this.changeFilters({ days: values as Weekday[] }),
        })}
        ${checkboxes({
          t,
          id: 'finder-free',
          name: 'free',
          legend: t('finder.cost.legend'),
          items: [{ value: 'free', text: t('finder.cost.freeOnly') }],
          values: this.filters.freeOnly ? ['free'] : [],
          onChange: (values) => this.changeFilters({ freeOnly: values.includes('free') }),
        })}
        ${checkboxes({
          t,
          id: 'finder-delivery',
          name: 'delivery',
          legend: t('finder.delivery.legend'),
          items: FINDER_DELIVERY_MODES.map((mode) => ({ value: mode, text: t(`finder.delivery.${mode}` as MessageKey) })),
          values: this.filters.deliveryModes,
          onChange: (values) => this.changeFilters({ deliveryModes: values as DeliveryMode[] }),
        })}
        ${this.renderLanguage()}
        ${checkboxes({
          t,
          id: 'finder-hub',
          name: 'family-hub',
          legend: t('finder.hub.legend'),
          items: [{ value: 'hub', text: t('finder.hub.only') }],
          values: this.filters.atFamilyHub ? ['hub'] : [],
          onChange: (values) => this.changeFilters({ atFamilyHub: values.includes('hub') }),
        })}
      </div>
    </div>`;
  }

  private renderAges() {
    const { t } = this;
    const groups = this.memoised('ages', () => ageChoiceGroups(t));
    const rows = this.filters.ages;
    return html`<div class="finder-ages">
      ${fieldset(
        { t, id: 'finder-ages', legend: t('finder.ages.legend'), hint: t('finder.ages.hint'), size: 'm' },
        html`${rows.map(
            (value, index) => html`<div class="finder-age-row">
              <div class="hub-form-group">
                <label class="hub-label" for="age-${index}">${t('finder.ages.child', { number: index + 1 })}</label>
                <select class="hub-select" id="age-${index}" .value=${live(value)} @change=${(e: Event) => this.setAge(index, (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${value === ''}>${t('finder.ages.any')}</option>
                  ${groups.map(
                    (group) => html`<optgroup label="${group.label}">
                      ${group.choices.map((choice) => html`<option value="${choice.value}" ?selected=${choice.value === value}>${choice.text}</option>`)}
                    </optgroup>`,
                  )}
                </select>
              </div>
              ${rows.length > 1 || value
                ? html`<button type="button" class="hub-link finder-age-remove" @click=${() => this.removeChildRow(index)}>
                    ${t('finder.ages.remove')}<span class="hub-visually-hidden"> ${t('finder.ages.removeHidden', { number: index + 1 })}</span>
                  </button>`
                : nothing}
            </div>`,
          )}
          <button type="button" class="hub-button hub-button--secondary" part="button" @click=${() => this.addChild()}>${t('finder.ages.add')}</button>`,
      )}
    </div>`;
  }

  /** The category tree: one collapsible group per parent, its children as checkboxes. */
  private categoryGroups(): { parent: Category; children: Category[] }[] {
    const list = this.categoryList;
    const allowed = this.allowed;
    const isAllowed = (c: Category) => !allowed.size || allowed.has(c.id);
    const ids = new Set(list.map((c) => c.id));
    const parents = list.filter((c) => c.parentId === null || !ids.has(c.parentId));
    const groups: { parent: Category; children: Category[] }[] = [];
    for (const parent of parents) {
      const children = list.filter((c) => c.parentId === parent.id && isAllowed(c));
      if (children.length) groups.push({ parent, children });
      else if (isAllowed(parent)) groups.push({ parent, children: [parent] });
    }
    return groups;
  }

  private renderCategories() {
    const { t } = this;
    if (this.categoryStatus === 'loading') return html`<p class="hub-body hub-secondary-text">${t('finder.categories.loading')}</p>`;
    if (this.categoryStatus === 'error') {
      return html`<div class="hub-form-group">
        <p class="hub-body">${t('finder.categories.problem')}</p>
        <button type="button" class="hub-button hub-button--secondary" part="button" @click=${() => this.activeAdapter && this.loadCategories(this.activeAdapter)}>
          ${t('common.tryAgain')}
        </button>
      </div>`;
    }
    const groups = this.categoryGroups();
    if (!groups.length) return nothing;
    const selected = new Set(this.filters.categoryIds);
    return html`<div class="hub-form-group">
      <fieldset class="hub-fieldset">
        <legend class="hub-fieldset__legend hub-fieldset__legend--m">${t('finder.categories.legend')}</legend>
        ${groups.map((group, index) => {
          const count = group.children.filter((c) => selected.has(c.id)).length;
          const open = this.groupOpen.get(group.parent.id) ?? (count > 0 || groups.length === 1);
          return html`<details
            class="finder-group"
            ?open=${open}
            @toggle=${(e: Event) => this.groupOpen.set(group.parent.id, (e.target as HTMLDetailsElement).open)}
          >
            <summary class="finder-group__summary">
              ${group.parent.name}${count ? html` <span class="finder-group__count">(${t('finder.categories.selected', { count })})</span>` : nothing}
            </summary>
            ${checkboxes({
              t,
              id: `finder-category-${index}`,
              name: 'category',
              legend: group.parent.name,
              items: group.children.map((c) => ({ value: c.id, text: c.name })),
              values: this.filters.categoryIds,
              onChange: (values) => this.changeFilters({ categoryIds: values }),
            })}
          </details>`;
        })}
      </fieldset>
    </div>`;
  }

  private languageLabel(value: string): string {
    const known = this.languagesSeen.get(value);
    if (known) return languageName(this.locale, known, this.t);
    if (COMMON_LANGUAGES.includes(value)) return this.t(`finder.language.name.${value}` as MessageKey);
    return languageName(this.locale, { name: value, code: /^[a-z]{2,3}$/i.test(value) ? value : undefined }, this.t);
  }

  private renderLanguage() {
    const { t } = this;
    const sorted = this.memoised(`languages|${this.languagesSeen.size}|${this.filters.language}`, () => {
      const options = new Map<string, string>();
      for (const code of COMMON_LANGUAGES) options.set(code, this.t(`finder.language.name.${code}` as MessageKey));
      for (const [value, language] of this.languagesSeen) options.set(value, languageName(this.locale, language, this.t));
      if (this.filters.language && !options.has(this.filters.language)) options.set(this.filters.language, this.languageLabel(this.filters.language));
      const collator = new Intl.Collator(this.locale);
      return [...options].sort((a, b) => collator.compare(a[1], b[1]));
    });
    const value = this.filters.language;
    return html`<div class="hub-form-group">
      <label class="hub-label" for="finder-language">${t('finder.language.label')}</label>
      ${hint('finder-language', t('finder.language.hint'))}
      <select
        class="hub-select"
        id="finder-language"
        aria-describedby="${describedBy('finder-language-hint')!}"
        .value=${live(value)}
        @change=${(e: Event) => this.changeFilters({ language: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${value === ''}>${t('finder.language.any')}</option>
        ${sorted.map(([code, name]) => html`<option value="${code}" ?selected=${code === value}>${name}</option>`)}
      </select>
    </div>`;
  }

  private renderActiveFilters(active: ActiveFilter[]) {
    const { t } = this;
    if (!active.length) return nothing;
    return html`<div class="finder-active" part="active-filters">
      <h3 class="hub-heading-s" id="finder-active-title">${t('finder.active.title')}</h3>
      <ul class="finder-chips" aria-labelledby="finder-active-title">
        ${active.map(
          (filter, index) => html`<li>
            <button type="button" class="finder-chip" data-chip="${index}" @click=${() => this.removeFilter(filter, index)}>
              <span class="hub-visually-hidden">${t('finder.active.remove')} </span>${filter.label}<span class="finder-chip__x" aria-hidden="true">×</span>
            </button>
          </li>`,
        )}
      </ul>
      <button type="button" class="hub-link" data-clear-all @click=${() => this.clearAll()}>${t('finder.clearAll')}</button>
    </div>`;
  }

  private renderResults() {
    const { t } = this;
    const result = this.results;
    if (this.searchError && !this.searching) {
      return html`${this.renderProblem(this.searchError, () => void this.search({ focusResults: true }))}
        ${this.renderActiveFilters(this.activeFilters())}`;
    }
    if (!result) return html`<p class="hub-body" data-results-loading>${t('finder.results.loading')}</p>`;
    const active = this.activeFilters();
    if (!result.totalItems) return this.renderNoResults(active);
    return html`<h2 class="hub-heading-m" tabindex="-1" data-results-heading>${t('finder.results.count', { count: result.totalItems })}</h2>
      <p class="hub-body finder-results__summary">
        <span>${this.showingText(result)}</span>
        ${this.nearPostcode ? html`<span>${t('finder.results.nearestFirst')}</span>` : nothing}
        ${this.searching ? html`<span class="finder-updating">${t('finder.results.updating')}</span>` : nothing}
      </p>
      ${this.renderActiveFilters(active)}
      <ul class="finder-list">
        ${result.items.map((item) =>
          serviceCard(
            {
              t,
              lang: this.locale,
              days: this.filters.days,
              ...(this.urlStateOn ? { hrefFor: (id: string) => this.detailsHref(id) } : {}),
              onOpen: (id, event) => this.onOpenCard(id, event),
            },
            item,
          ),
        )}
      </ul>
      ${pagination(t, result.page, result.totalPages, (page) => this.goToPage(page))}`;
  }

  private renderNoResults(active: ActiveFilter[]) {
    const { t } = this;
    return html`<div class="finder-none">
      <h2 class="hub-heading-m" tabindex="-1" data-results-heading>${t('finder.results.none')}</h2>
      ${this.searching ? html`<p class="hub-body finder-updating">${t('finder.results.updating')}</p>` : nothing}
      <p class="hub-body">${t('finder.none.body')}</p>
      ${active.length ? html`<p class="hub-body">${t('finder.none.tryRemoving')}</p>` : nothing}
      ${this.renderActiveFilters(active)}
      ${this.filters.text.trim() ? html`<p class="hub-body">${t('finder.none.tryText')}</p>` : nothing}
      <p class="hub-body">${t('finder.none.help')}</p>
      ${this.renderCallUs()}
    </div>`;
  }

  private renderDetails() {
    const { t } = this;
    const detail = this.detail;
    let content;
    if (detail.status === 'ready') {
      content = serviceDetails(
        {
          t,
          lang: this.locale,
          hubName: this.hubNameText,
          callUs: this.renderCallUs(),
          ...(this.nearPoint && this.nearPostcode ? { near: { point: this.nearPoint, postcode: this.nearPostcode } } : {}),
          canBook: detail.canBook,
          canRefer: detail.service.access.includes('self_refer'),
          actionHelp: this.actionHelp,
          onAction: (action) => this.takeAction(action, detail.service),
          today: londonDateKey(this.now()),
        },
        detail.service,
      );
    } else if (detail.status === 'error') {
      content = this.renderProblem(detail.error, () => void this.openService(detail.id, { push: false }));
    } else if (detail.status === 'loading') {
      content = html`${detail.summary
          ? html`<h2 class="hub-heading-l" tabindex="-1" data-details-heading>${detail.summary.name}</h2>`
          : nothing}
        <p class="hub-body" tabindex="-1" data-details-loading>${t('finder.details.loading')}</p>`;
    } else {
      content = nothing;
    }
    return html`<div class="finder-details" part="details">${backLink(t, () => this.backToResults(), t('finder.details.back'))} ${content}</div>`;
  }
}
