import { html, nothing, type PropertyValues } from 'lit';
import { supports, type HubAdapter } from '../../core/adapter.js';
import { AdapterError, toAdapterError } from '../../core/errors.js';
import { HubActionEvent, HubDataWarningEvent, HubReadyEvent, HubSearchEvent, HubServiceViewEvent } from '../../core/events.js';
import { normalisePostcode } from '../../core/geo.js';
import type { Category, GeoPoint, Language, Page, Service, ServiceSummary } from '../../core/model.js';
import { finder as finderWords } from '../../i18n/en-gb/finder.js';
import { addLanguagePack, DEFAULT_LOCALE, onMessagesChanged } from '../../i18n/messages.js';
import { errorText, type ErrorItem } from '../../partials/error-summary.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { onFeedWarning } from '../../adapters/open-referral/warnings.js';
import { HubElement } from '../base/hub-element.js';
import { listActiveFilters, type ActiveFilter } from './active-filters.js';
import { ageChoiceGroups, isAgeChoice } from './age-choices.js';
import type { CategoryStatus } from './category-tree.js';
import { loadServiceDetails } from './details-loading.js';
import { detailsView, type DetailState } from './details-view.js';
import { filterPanel } from './filter-panel.js';
import { allowedCategoryIds, emptyFilters, filtersInUse, toServiceQuery, type FinderFilters } from './filters.js';
import { finderStyles } from './hub-service-finder.styles.js';
import { languageOptions, rememberLanguages } from './language-choices.js';
import { checkPostcode, PostcodeLookups, POSTCODE_FIELD, UNKNOWN_POSTCODE } from './postcode-lookup.js';
import { resultsAnnouncement, resultsList } from './results-list.js';
import { FinderSearch } from './search.js';
import { searchForm } from './search-form.js';
import type { FinderAction } from './service-details.js';
import { readUrlState, sameUrlState, urlPrefix, urlStateOf, urlWithState, withUrlFilters, type UrlState } from './url-state.js';

// The finder's own English (the words every widget shares are already registered).
addLanguagePack(DEFAULT_LOCALE, finderWords);

/** Typing pauses this long before a search runs. */
const TEXT_DEBOUNCE_MS = 350;
/** A search that takes longer than this is announced ("Searching"), so a screen reader user knows. */
const SLOW_SEARCH_MS = 700;
const DEFAULT_PAGE_SIZE = 10;

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
  private declare categoryStatus: CategoryStatus;
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
  /** Topics failed for a reason that can pass, and have not yet been tried again unasked. */
  private categoryRetryDue = false;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  /** Postcode look-ups, shared by searches, for the current adapter. */
  private postcodeLookups: PostcodeLookups | undefined;
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
    this.backPending = false; // its popstate, if it comes, no longer reaches this element
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
    this.postcodeLookups = adapter ? new PostcodeLookups(adapter) : undefined;
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

  /**
   * Loads the topics. A `quiet` load is the one retry, unasked, after topics failed for a reason that can
   * pass (the same outage as a search that has now been answered): the problem message stays until it
   * works, and a second failure is not reported again.
   */
  private async loadCategories(adapter: HubAdapter, { quiet = false } = {}): Promise<void> {
    this.categoryAbort?.abort();
    const controller = new AbortController();
    this.categoryAbort = controller;
    this.categoryRetryDue = false;
    // Whoever pressed the topics' Try again keeps their place: on the first topic, or on Try again again,
    // unless they have moved on meanwhile.
    const retry = this.renderRoot.querySelector('[data-topics-retry]');
    const retryHadFocus = retry !== null && retry === this.shadowRoot?.activeElement;
    const refocus = (target: string) => retryHadFocus && this.focusLost(retry) && void this.focusAfterUpdate(target);
    if (!quiet) this.categoryStatus = 'loading';
    try {
      const list = await adapter.listCategories({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.categoryList = list;
      this.categoryStatus = 'ready';
      refocus(list.length ? '.finder-group summary' : '.finder-filters__title');
    } catch (error) {
      if (controller.signal.aborted) return;
      const adapterError = quiet ? toAdapterError(error) : this.reportError(error);
      this.categoryStatus = adapterError.retryable ? 'error' : 'unavailable';
      this.categoryRetryDue = !quiet && adapterError.retryable;
      refocus(adapterError.retryable ? '[data-topics-retry]' : '.finder-filters__title');
    }
  }

  /**
   * Whether keyboard focus is still where `pressed` left it: on it, or lost with it when it was removed. A
   * family who has since moved on (into the search box, say) keeps their place.
   */
  private focusLost(pressed: Element | null): boolean {
    const inside = this.shadowRoot?.activeElement ?? null;
    if (inside) return inside === pressed;
    const outside = document.activeElement;
    return outside === null || outside === document.body || outside === this;
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
      const recovered = this.searchError !== null;
      this.searchError = null;
      this.searching = false;
      rememberLanguages(this.languagesSeen, result.items);
      // The service answers again after failing: topics that failed too (the same outage) try once more, unasked.
      if (recovered && this.categoryRetryDue && this.activeAdapter) void this.loadCategories(this.activeAdapter, { quiet: true });
      this.announce(resultsAnnouncement(this.t, result));
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
      if (adapterError.code === 'aborted' && controller.signal.aborted) return;
      clearTimeout(this.slowTimer);
      this.searching = false;
      // An adapter that gave up by itself (its own time limit) took too long: a problem with "Try again".
      this.searchError = this.reportError(
        adapterError.code === 'aborted' ? new AdapterError('timeout', 'The search took too long', { cause: adapterError }) : adapterError,
      );
      this.announce(this.t('common.problem.title'));
      if (options.focusResults) void this.focusAfterUpdate('[data-problem-heading]');
    }
  }

  /**
   * The point to search from: undefined with no postcode, 'problem' when the postcode is missing (for a
   * distance), malformed or unknown (the message is then in `postcodeError`).
   */
  private async resolvePostcode(filters: FinderFilters, signal: AbortSignal): Promise<{ point: GeoPoint; postcode: string } | undefined | 'problem'> {
    const lookups = this.postcodeLookups;
    if (!lookups || !this.canSearchByDistance) return undefined;
    const { postcode, error } = checkPostcode(filters);
    if (postcode === undefined) {
      this.postcodeError = error;
      return error ? 'problem' : undefined;
    }
    const point = await lookups.find(postcode, signal);
    this.postcodeError = point ? null : UNKNOWN_POSTCODE;
    return point ? { point, postcode } : 'problem';
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
    return listActiveFilters({
      t: this.t,
      lang: this.locale,
      filters: this.filters,
      categories: this.categoryList,
      allowed: this.allowed,
      nearPostcode: this.nearPostcode,
      postcodeProblem: Boolean(this.postcodeError),
      languagesSeen: this.languagesSeen,
    });
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
      const { service, canBook } = await loadServiceDetails(adapter, id, this.now(), controller.signal);
      if (seq !== this.detailSeq) return;
      this.detail = { status: 'ready', id, service, canBook };
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
    this.filters = withUrlFilters(this.filters, state);
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
    return searchForm({
      t: this.t,
      text: this.textDraft,
      where: this.canSearchByDistance
        ? {
            postcode: this.postcodeDraft,
            error: this.postcodeError ? errorText(this.t, this.postcodeError) : undefined,
            radiusMiles: this.filters.radiusMiles,
          }
        : null,
      onSubmit: (event) => this.onSubmit(event),
      onTextInput: (value) => this.onTextInput(value),
      onPostcodeInput: (value) => (this.postcodeDraft = value),
      onPostcodeChange: (value) => this.onPostcodeChange(value),
      onDistanceChange: (value) => this.onDistanceChange(value),
    });
  }

  private renderFilters() {
    const { t } = this;
    const chosenLanguage = this.filters.language;
    return filterPanel({
      t,
      filters: this.filters,
      open: this.filtersOpen,
      ageGroups: this.memoised('ages', () => ageChoiceGroups(t)),
      languages: this.memoised(`languages|${this.languagesSeen.size}|${chosenLanguage}`, () =>
        languageOptions(t, this.locale, this.languagesSeen, chosenLanguage),
      ),
      categories: {
        status: this.categoryStatus,
        categories: this.categoryList,
        allowed: this.allowed,
        groupOpen: this.groupOpen,
        onGroupToggle: (parentId, open) => this.groupOpen.set(parentId, open),
        onRetry: () => this.activeAdapter && void this.loadCategories(this.activeAdapter),
      },
      onToggle: () => (this.filtersOpen = !this.filtersOpen),
      onChange: (patch) => this.changeFilters(patch),
      onAge: (index, value) => this.setAge(index, value),
      onAddChild: () => this.addChild(),
      onRemoveChild: (index) => this.removeChildRow(index),
    });
  }

  private renderResults() {
    const { t } = this;
    const error = this.searching ? null : this.searchError;
    return resultsList({
      t,
      results: this.results,
      searching: this.searching,
      problem: error && this.renderProblem(error, () => void this.search({ focusResults: true })),
      active: this.results || error ? this.activeFilters() : [],
      nearestFirst: Boolean(this.nearPostcode),
      hasText: Boolean(this.filters.text.trim()),
      callUs: () => this.renderCallUs(),
      card: {
        t,
        lang: this.locale,
        days: this.filters.days,
        ...(this.urlStateOn ? { hrefFor: (id: string) => this.detailsHref(id) } : {}),
        onOpen: (id, event) => this.onOpenCard(id, event),
      },
      onRemove: (filter, index) => this.removeFilter(filter, index),
      onClearAll: () => this.clearAll(),
      onPage: (page) => this.goToPage(page),
    });
  }

  private renderDetails() {
    return detailsView(
      {
        t: this.t,
        lang: this.locale,
        hubName: this.hubNameText,
        callUs: this.renderCallUs(),
        ...(this.nearPoint && this.nearPostcode ? { near: { point: this.nearPoint, postcode: this.nearPostcode } } : {}),
        actionHelp: this.actionHelp,
        now: () => this.now(),
        problem: (error, id) => this.renderProblem(error, () => void this.openService(id, { push: false })),
        onAction: (action, service) => this.takeAction(action, service),
        onBack: () => this.backToResults(),
      },
      this.detail,
    );
  }
}
