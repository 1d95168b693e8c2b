import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, onMessagesChanged, translate, type MessageKey, type MessageParams } from '../i18n/messages.js';

/** The nearest `lang`, looking through shadow roots: the element's own, an ancestor's, the page's, else en-GB. */
export function nearestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LOCALE;
}

const RTL_LANGUAGES = new Set(['ar', 'ur', 'fa', 'he', 'ps', 'sd', 'yi', 'ku']);

/** Picks the widget's language and re-renders when it (or a catalogue) changes, keeping the user's answers. */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: MutationObserver;
  private stopListening?: () => void;
  lang = DEFAULT_LOCALE;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.lang = nearestLang(this.host);
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.stopListening = onMessagesChanged(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.stopListening?.();
  }

  private refresh(): void {
    const lang = nearestLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }

  get dir(): 'ltr' | 'rtl' {
    return RTL_LANGUAGES.has(this.lang.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
  }

  t = (key: MessageKey, params?: MessageParams): string => translate(this.lang, key, params);
}
