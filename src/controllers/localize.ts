import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRightToLeft, RTL_LANGUAGES } from '../i18n/direction.js';
import { DEFAULT_LOCALE, onMessagesChanged, translate, type MessageKey, type MessageParams, type Translate } from '../i18n/messages.js';

/** The nearest `lang`, looking through shadow roots: the element's own, an ancestor's, the page's, else en-GB. */
export function nearestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!.trim();
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LOCALE;
}

export { RTL_LANGUAGES, isRightToLeft };

/**
 * One observer for the whole document: a `lang` attribute changing anywhere (on `<html>`, a section the
 * widget is in, or the widget itself) makes every connected widget look again.
 */
const connected = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;

function watchDocument(controller: LocalizeController): void {
  connected.add(controller);
  if (documentObserver || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  documentObserver = new MutationObserver(() => {
    for (const each of connected) each.refresh();
  });
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchDocument(controller: LocalizeController): void {
  connected.delete(controller);
  if (!connected.size && documentObserver) {
    documentObserver.disconnect();
    documentObserver = undefined;
  }
}

/** Picks the widget's language and re-renders when it (or a catalogue) changes, keeping the user's answers. */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** Watches the host itself, for a widget inside another component's shadow root. */
  private hostObserver?: MutationObserver;
  private stopListening?: () => void;
  /** Whether this controller set `dir="ltr"` (a left-to-right language on a right-to-left page). */
  private setLtr = false;
  private directionFor: string | undefined;
  lang = DEFAULT_LOCALE;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.lang = nearestLang(this.host);
    this.hostObserver = new MutationObserver(() => this.refresh());
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    watchDocument(this);
    this.stopListening = onMessagesChanged(() => this.host.requestUpdate());
  }

  /**
   * A left-to-right language on a right-to-left page (an English widget on an Arabic page) would inherit
   * the page's direction: the host gets `dir="ltr"`. (The widget sets `dir="rtl"` itself for right-to-left
   * languages.) Looked at when the language changes, not on every render.
   */
  hostUpdate(): void {
    if (this.directionFor === this.lang) return;
    this.directionFor = this.lang;
    const host = this.host;
    if (this.dir === 'rtl') {
      this.setLtr = false;
      return;
    }
    if (this.setLtr && host.getAttribute('dir') === 'ltr') host.removeAttribute('dir');
    this.setLtr = false;
    if (host.hasAttribute('dir')) return;
    const around = host.parentElement ?? (host.getRootNode() as ShadowRoot).host;
    if (around && getComputedStyle(around).direction === 'rtl') {
      host.setAttribute('dir', 'ltr');
      this.setLtr = true;
    }
  }

  hostDisconnected(): void {
    this.directionFor = undefined;
    this.hostObserver?.disconnect();
    unwatchDocument(this);
    this.stopListening?.();
  }

  /** Looks for the nearest `lang` again; re-renders when it changed. */
  refresh(): void {
    const lang = nearestLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }

  get dir(): 'ltr' | 'rtl' {
    return isRightToLeft(this.lang) ? 'rtl' : 'ltr';
  }

  /** Translates in the widget's current language; `t.locale` says which (for dates, times and numbers). */
  readonly t: Translate = Object.defineProperty(
    (key: MessageKey, params?: MessageParams): string => translate(this.lang, key, params),
    'locale',
    { get: () => this.lang, enumerable: true },
  ) as Translate;
}
