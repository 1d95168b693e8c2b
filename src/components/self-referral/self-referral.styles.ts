import { css } from 'lit';

export const selfReferralStyles = css`
  .hub-self-referral__step-actions {
    margin-block-start: 2em;
  }
  .hub-child {
    margin-block-end: calc(2 * var(--hub-space, 1em));
    padding-block-end: 0.5em;
    border-block-end: 1px solid var(--hub-border, #b1b4b6);
  }
  .hub-child__heading {
    margin-block-end: 0.75em;
  }
  .hub-child__remove {
    display: inline-block;
    margin-block-end: var(--hub-space, 1em);
    /* A comfortable target (WCAG 2.5.8) for a text-style button. */
    min-block-size: 1.5em;
  }
  .hub-age-input {
    display: flex;
    flex-wrap: wrap;
    gap: 1.25em;
  }
  .hub-age-input__item .hub-label {
    font-weight: normal;
  }
  .hub-age-input__item .hub-input {
    inline-size: 5.4ex;
    max-inline-size: none;
  }
  .hub-check-section {
    margin-block-end: var(--hub-space, 1em);
  }
  .hub-reference {
    display: block;
    margin-block-start: 0.3em;
    font-size: 1.5em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .hub-submit-problem {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
    padding: var(--hub-space, 1em);
    border: 0.3em solid var(--hub-error, #d4351c);
  }
  .hub-submit-problem:focus {
    outline: 3px solid var(--hub-focus, #ffdd00);
  }
  .hub-submit-problem__title {
    margin-block: 0 0.5em;
    font-size: 1.25em;
    font-weight: 700;
  }
  .hub-submit-problem__list {
    margin: 0 0 var(--hub-space, 1em);
    padding: 0;
    list-style: none;
  }
  .hub-submit-problem__list .hub-link {
    font-weight: 700;
    color: var(--hub-error, #d4351c);
  }
  /* What a family typed stays isolated: a right-to-left name, or an override character, cannot reorder
     the words around it. */
  bdi {
    unicode-bidi: isolate;
  }
  .hub-answer {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
`;
