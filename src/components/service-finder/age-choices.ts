/**
 * The child's-age choices the finder offers, as short stable codes (for state and tests):
 * `pregnancy`; `m0`…`m23` (completed months, under 2); `y2`…`y19` (years); `y19s`…`y25s` (years, with SEND).
 * Babies are never rounded into years: a 7-month-old is `m7`, and matches "0 to 1" and "0 to 2" services.
 */
import type { ChildAge } from '../../core/model.js';
import type { Translate } from '../../i18n/messages.js';

export type AgeChoice = string;

export interface AgeChoiceGroup {
  label: string;
  choices: { value: AgeChoice; text: string }[];
}

const MONTHS = Array.from({ length: 24 }, (_, n) => n);
const YEARS = Array.from({ length: 18 }, (_, n) => n + 2); // 2 to 19
const SEND_YEARS = Array.from({ length: 7 }, (_, n) => n + 19); // 19 to 25

const CHOICE = /^(?:pregnancy|m(\d{1,2})|y(\d{1,2})(s?))$/;

/** Whether a string is one of the codes above. */
export function isAgeChoice(value: string): boolean {
  return childAgeFor(value) !== null;
}

/** The `ChildAge` a choice stands for, or null for anything else (including ''). */
export function childAgeFor(choice: AgeChoice): ChildAge | null {
  const match = CHOICE.exec(choice);
  if (!match) return null;
  if (choice === 'pregnancy') return { kind: 'pregnancy' };
  if (match[1] !== undefined) {
    const months = Number(match[1]);
    return months < 24 ? { kind: 'age', months, send: false } : null;
  }
  const years = Number(match[2]);
  const send = match[3] === 's';
  if (send ? years < 19 || years > 25 : years < 2 || years > 19) return null;
  return { kind: 'age', months: years * 12, send };
}

/** The words for one choice, as the select shows it and a "filters in use" button repeats it. */
export function ageChoiceText(t: Translate, choice: AgeChoice): string {
  const age = childAgeFor(choice);
  if (!age) return t('finder.ages.any');
  if (age.kind === 'pregnancy') return t('finder.ages.pregnancy');
  if (age.send) return t('finder.ages.yearsSend', { count: age.months / 12 });
  if (choice.startsWith('m')) return age.months === 0 ? t('finder.ages.newborn') : t('finder.ages.months', { count: age.months });
  return t('finder.ages.years', { count: age.months / 12 });
}

/** Every choice, grouped as the select's option groups. */
export function ageChoiceGroups(t: Translate): AgeChoiceGroup[] {
  const group = (label: string, values: string[]) => ({ label, choices: values.map((value) => ({ value, text: ageChoiceText(t, value) })) });
  return [
    group(t('finder.ages.groupPregnancy'), ['pregnancy']),
    group(t('finder.ages.groupMonths'), MONTHS.map((m) => `m${m}`)),
    group(t('finder.ages.groupYears'), YEARS.map((y) => `y${y}`)),
    group(t('finder.ages.groupSend'), SEND_YEARS.map((y) => `y${y}s`)),
  ];
}
