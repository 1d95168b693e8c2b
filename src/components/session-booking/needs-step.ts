/** "Do you have any access or other needs?": an optional answer of at most `NEEDS_LIMIT` characters. */
import { textarea } from '../../partials/field.js';
import { FIELD, NEEDS_LIMIT } from './answers.js';
import { questionPage, type AnswersContext } from './journey-page.js';

export function needsStep(context: AnswersContext) {
  const { t } = context;
  return questionPage(
    context,
    textarea({
      t,
      id: FIELD.needs,
      label: t('booking.needs.title'),
      isPageHeading: 'h2',
      size: 'l',
      hint: t('booking.needs.hint'),
      value: context.answers.needs,
      maxLength: NEEDS_LIMIT,
      rows: 4,
      error: context.errorFor(FIELD.needs),
      onInput: (value) => context.onAnswers({ needs: value }),
    }),
  );
}
