/**
 * "What would help": the categories the hub offers as checkboxes (a loading line meanwhile, a note when
 * they cannot be loaded), then the family's own words.
 */
import { html, nothing } from 'lit';
import type { Category } from '../../core/model.js';
import { checkboxes } from '../../partials/checkboxes.js';
import { insetText } from '../../partials/content.js';
import { textarea } from '../../partials/field.js';
import { LIMITS } from './referral-validation.js';
import { continueButton, stepHeading, type QuestionContext } from './referral-page.js';

/** Where the list of categories is: still loading, failed, or here (possibly empty). */
export type CategoriesState = 'loading' | 'unavailable' | 'ready';

export interface HelpContext extends QuestionContext {
  categoriesState: CategoriesState;
  /** The categories offered, in order. */
  categories: readonly Category[];
}

function categoryChoices(context: HelpContext) {
  const { t } = context;
  if (context.categoriesState === 'loading') return html`<p class="hub-body" data-categories-loading>${t('referral.categories.loading')}</p>`;
  if (context.categoriesState === 'unavailable') return insetText(t('referral.categories.unavailable'));
  if (!context.categories.length) return nothing;
  return checkboxes({
    t,
    id: 'categories',
    name: 'categories',
    legend: t('referral.categories.legend'),
    hint: t('referral.categories.hint'),
    size: 'm',
    error: context.errorFor('categories'),
    items: context.categories.map((category) => ({ value: category.id, text: category.name })),
    values: context.draft.categoryIds,
    onChange: (values) => context.onAnswer('categoryIds', values),
  });
}

export function helpStep(context: HelpContext) {
  const { t, draft } = context;
  return html`${stepHeading(t, 'referral.help.title')} ${context.serviceNote} ${categoryChoices(context)}
    ${textarea({
      t,
      id: 'story',
      label: t('referral.story.label'),
      hint: t('referral.story.hint'),
      size: 'm',
      value: draft.story,
      error: context.errorFor('story'),
      rows: 8,
      maxLength: LIMITS.story,
      onInput: (v) => context.onAnswer('story', v),
    })}
    ${continueButton(t)}`;
}
