/**
 * "Your children": one entry per child (up to MAX_CHILDREN), each with a first name, born or expected,
 * an age in years and months or a due month, and any additional needs. Autocomplete is off throughout: a
 * browser must never fill a parent's details into a child's.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { dateInput, numberBox } from '../../partials/date-input.js';
import { textarea, textInput } from '../../partials/field.js';
import { fieldset } from '../../partials/fieldset.js';
import { button } from '../../partials/navigation.js';
import { radios } from '../../partials/radios.js';
import { MAX_CHILDREN, type ChildDraft } from './referral-draft.js';
import { LIMITS, childField, dueExample } from './referral-validation.js';
import { continueButton, stepHeading, type QuestionContext } from './referral-page.js';

export interface ChildrenContext extends QuestionContext {
  /** The widget's clock, for the due-month example. */
  now: Date;
  onAddChild: () => void;
  onUpdateChild: (key: number, patch: Partial<ChildDraft>) => void;
  /** Removes a child's entry; `n` is its number on the page, for the announcement. */
  onRemoveChild: (key: number, n: number) => void;
}

export function childrenStep(context: ChildrenContext) {
  const { t } = context;
  const children = context.draft.children;
  return html`${stepHeading(t, 'referral.children.title')}
    <p class="hub-body">${t('referral.children.hint')}</p>
    ${repeat(
      children,
      (child) => child.key,
      (child, index) => childEntry(context, child, index, children.length > 1),
    )}
    ${children.length < MAX_CHILDREN
      ? button({ text: t('referral.children.add'), variant: 'secondary', onClick: () => context.onAddChild() })
      : html`<p class="hub-body">${t('referral.children.max', { count: MAX_CHILDREN })}</p>`}
    ${continueButton(t)}`;
}

function childEntry(context: ChildrenContext, child: ChildDraft, index: number, removable: boolean) {
  const { t } = context;
  const n = index + 1;
  const e = (part: Parameters<typeof childField>[1]) => context.errorFor(childField(child.key, part));
  const update = (patch: Partial<ChildDraft>) => context.onUpdateChild(child.key, patch);
  return html`<div class="hub-child" data-child="${n}">
    <h3 class="hub-heading-m hub-child__heading" id="${childField(child.key, 'name')}-heading" tabindex="-1">
      ${t('referral.child.legend', { n })}
    </h3>
    ${textInput({
      t,
      id: childField(child.key, 'name'),
      label: t('referral.child.name.label', { n }),
      value: child.name,
      error: e('name'),
      // Never the parent's own name: a browser must not fill it in here.
      autocomplete: 'off',
      spellcheck: false,
      width: 20,
      onInput: (v) => update({ name: v }),
    })}
    ${radios({
      t,
      id: childField(child.key, 'born'),
      name: childField(child.key, 'born'),
      legend: t('referral.child.born.legend', { n }),
      value: child.born,
      error: e('born'),
      items: [
        { value: 'yes', text: t('referral.child.born.yes'), conditional: () => childAge(context, child, n) },
        { value: 'no', text: t('referral.child.born.no'), conditional: () => dueMonth(context, child, n) },
      ],
      onChange: (v) => update({ born: v as ChildDraft['born'] }),
    })}
    ${child.born === 'yes'
      ? radios({
          t,
          id: childField(child.key, 'send'),
          name: childField(child.key, 'send'),
          legend: t('referral.child.send.legend', { n }),
          value: child.send,
          inline: false,
          items: [
            {
              value: 'yes',
              text: t('common.yes'),
              conditional: () =>
                textarea({
                  t,
                  id: childField(child.key, 'needs'),
                  label: t('referral.child.needs.label'),
                  hint: t('referral.child.needs.hint'),
                  value: child.needs,
                  error: e('needs'),
                  rows: 3,
                  maxLength: LIMITS.childNeeds,
                  onInput: (v) => update({ needs: v }),
                }),
            },
            { value: 'no', text: t('common.no') },
          ],
          onChange: (v) => update({ send: v as ChildDraft['send'] }),
        })
      : nothing}
    ${child.born === 'no'
      ? textarea({
          t,
          id: childField(child.key, 'needs'),
          label: t('referral.child.pregnancyNeeds.label'),
          value: child.needs,
          error: e('needs'),
          rows: 3,
          maxLength: LIMITS.childNeeds,
          onInput: (v) => update({ needs: v }),
        })
      : nothing}
    ${removable
      ? html`<button type="button" class="hub-link hub-child__remove" data-remove-child @click=${() => context.onRemoveChild(child.key, n)}>
          ${t('referral.child.remove')}<span class="hub-visually-hidden"> ${t('referral.child.removeHidden', { n })}</span>
        </button>`
      : nothing}
  </div>`;
}

/** A born child's age: years and months boxes in one group, both marked when the error is about the whole age. */
function childAge(context: ChildrenContext, child: ChildDraft, n: number) {
  const { t } = context;
  const yearsId = childField(child.key, 'years');
  const monthsId = childField(child.key, 'months');
  const yearsError = context.errorFor(yearsId);
  const monthsError = context.errorFor(monthsId);
  const error = yearsError ?? monthsError;
  const box = (id: string, label: string, value: string, invalid: boolean, onInput: (v: string) => void) =>
    numberBox({ id, label, value, invalid, itemClass: 'hub-age-input__item', onInput });
  return fieldset(
    {
      t,
      id: childField(child.key, 'age'),
      legend: t('referral.child.age.legend', { n }),
      hint: t('referral.child.age.hint'),
      error,
      role: 'group',
    },
    html`<div class="hub-age-input">
      ${box(yearsId, t('referral.child.age.years'), child.years, Boolean(yearsError) || (Boolean(error) && !monthsError), (v) =>
        context.onUpdateChild(child.key, { years: v }),
      )}
      ${box(monthsId, t('referral.child.age.months'), child.months, Boolean(monthsError) || (Boolean(error) && !yearsError), (v) =>
        context.onUpdateChild(child.key, { months: v }),
      )}
    </div>`,
  );
}

/** An expected baby's due month and year, with an example a few months from now. */
function dueMonth(context: ChildrenContext, child: ChildDraft, n: number) {
  const { t } = context;
  const monthError = context.errorFor(childField(child.key, 'due-month'));
  const yearError = context.errorFor(childField(child.key, 'due-year'));
  return dateInput({
    t,
    id: childField(child.key, 'due'),
    legend: t('referral.child.due.legend', { n }),
    hint: t('referral.child.due.hint', { example: dueExample(context.now) }),
    parts: ['month', 'year'],
    value: { month: child.dueMonth, year: child.dueYear },
    error: monthError ?? yearError,
    errorParts: monthError && !yearError ? ['month'] : yearError && !monthError ? ['year'] : ['month', 'year'],
    onInput: (value) => context.onUpdateChild(child.key, { dueMonth: value.month ?? '', dueYear: value.year ?? '' }),
  });
}
