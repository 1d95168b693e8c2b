/**
 * Which categories the help step offers, their names, and which of them a chosen service ticks. Pure
 * functions over the adapter's category list: the element keeps the state.
 */
import type { Category } from '../../core/model.js';

/**
 * The categories offered: those named by the `categories` attribute (in its order, unknown ids left out),
 * else the adapter's top level; then a chosen service's own categories that are not already there.
 */
export function offeredCategories(all: readonly Category[], wanted: readonly string[] | undefined, extras: readonly Category[]): Category[] {
  const base = wanted?.length
    ? wanted.map((id) => all.find((category) => category.id === id)).filter((category): category is Category => Boolean(category))
    : all.filter((category) => category.parentId === null);
  return [...base, ...extras.filter((extra) => !base.some((category) => category.id === extra.id))];
}

/** A category's name: from those offered, else the whole list, else the id itself. */
export function categoryName(id: string, offered: readonly Category[], all: readonly Category[] | undefined): string {
  return offered.find((category) => category.id === id)?.name ?? all?.find((category) => category.id === id)?.name ?? id;
}

/**
 * What a service ticks: each of its categories that is offered, else its offered parent; else, when the
 * page did not limit the list, the category itself, added to the list as an extra so the family sees it.
 */
export function serviceTicks(
  serviceCategories: readonly Category[],
  offered: readonly Category[],
  limited: boolean,
): { ids: string[]; extras: Category[] } {
  const ids: string[] = [];
  const extras: Category[] = [];
  for (const category of serviceCategories) {
    if (offered.some((item) => item.id === category.id)) ids.push(category.id);
    else if (category.parentId && offered.some((item) => item.id === category.parentId)) ids.push(category.parentId);
    else if (!limited) {
      extras.push(category);
      ids.push(category.id);
    }
  }
  return { ids, extras };
}
