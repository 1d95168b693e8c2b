import { ContextRoot } from '@lit/context';

const KEY = Symbol.for('family-hub-widgets/context-root@1');

/**
 * Widgets that upgrade before their `<hub-provider>` would lose their context request; a ContextRoot on the
 * document replays those requests once the provider arrives. Attached once per page, whatever the copies.
 */
export function ensureContextRoot(): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[KEY] || typeof document === 'undefined') return;
  holder[KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
