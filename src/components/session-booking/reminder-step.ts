/**
 * "How would you like to be reminded about the session?": by email or text message, offered only on the
 * channels the family gave on the contact page, or no reminder.
 */
import { radios } from '../../partials/radios.js';
import { FIELD, reminderChoices, type Reminder } from './answers.js';
import { questionPage, type AnswersContext } from './journey-page.js';

export function reminderStep(context: AnswersContext) {
  const { t, answers } = context;
  const labels: Record<Reminder, string> = {
    email: t('booking.reminder.email'),
    text: t('booking.reminder.text'),
    none: t('booking.reminder.none'),
  };
  return questionPage(
    context,
    radios({
      t,
      id: FIELD.reminder,
      name: FIELD.reminder,
      legend: t('booking.reminder.title'),
      isPageHeading: 'h2',
      size: 'l',
      hint: t('booking.reminder.hint'),
      error: context.errorFor(FIELD.reminder),
      value: answers.reminder,
      items: reminderChoices(answers).map((choice) => ({
        value: choice,
        text: labels[choice],
        ...(choice === 'none' ? { dividerBefore: t('common.or') } : {}),
      })),
      onChange: (value) => context.onAnswers({ reminder: value as Reminder }),
    }),
  );
}
