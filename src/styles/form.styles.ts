import { css } from 'lit';

/**
 * GOV.UK-style form styles for the partials, inside a widget's shadow root. Colours come from `--hub-*`
 * custom properties; nothing depends on GOV.UK's fonts or assets.
 */
export const formStyles = css`
  .hub-form-group {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
  }
  .hub-form-group--error {
    padding-inline-start: 0.9em;
    border-inline-start: 0.3em solid var(--hub-error, #d4351c);
  }
  .hub-form-group .hub-form-group:last-of-type {
    margin-block-end: 0;
  }
  .hub-fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .hub-fieldset__legend,
  .hub-label {
    display: block;
    padding: 0;
    font-weight: 700;
    margin-block-end: 0.3em;
    max-inline-size: 100%;
    white-space: normal;
  }
  .hub-fieldset__legend--l,
  .hub-label--l {
    font-size: 1.75em;
    line-height: 1.2;
    margin-block-end: 0.5em;
  }
  .hub-fieldset__legend--m,
  .hub-label--m {
    font-size: 1.375em;
    line-height: 1.2;
  }
  .hub-fieldset__heading,
  .hub-label-wrapper {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
  }
  .hub-hint {
    display: block;
    color: var(--hub-secondary-text, #505a5f);
    margin-block-end: 0.5em;
  }
  .hub-error-message {
    display: block;
    color: var(--hub-error, #d4351c);
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  .hub-input,
  .hub-textarea,
  .hub-select {
    font: inherit;
    color: var(--hub-input-text, #0b0c0c);
    background: var(--hub-input-background, #ffffff);
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.3em 0.4em;
    border: 2px solid var(--hub-input-border, #0b0c0c);
    border-radius: var(--hub-input-radius, 0);
    appearance: none;
  }
  .hub-select {
    appearance: auto;
    inline-size: auto;
    min-inline-size: 12em;
    max-inline-size: 100%;
  }
  .hub-textarea {
    display: block;
    min-block-size: 6em;
    resize: vertical;
  }
  .hub-input--width-2 {
    max-inline-size: 5.4ex;
  }
  .hub-input--width-4 {
    max-inline-size: 9ex;
  }
  .hub-input--width-5 {
    max-inline-size: 10.8ex;
  }
  .hub-input--width-10 {
    max-inline-size: 23ex;
  }
  .hub-input--width-20 {
    max-inline-size: 41ex;
  }
  .hub-input--error,
  .hub-textarea--error,
  .hub-select--error {
    border-color: var(--hub-error, #d4351c);
  }
  .hub-input:focus,
  .hub-textarea:focus,
  .hub-select:focus {
    outline: 3px solid var(--hub-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--hub-input-border, #0b0c0c);
  }
  .hub-radios__item,
  .hub-checkboxes__item {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    margin-block-end: 0.6em;
  }
  .hub-radios--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .hub-radios__input,
  .hub-checkboxes__input {
    /* Form controls do not inherit the font size (browsers give them 13.33px): 1.6em is of the text's size. */
    font-size: inherit;
    flex: none;
    inline-size: 1.6em;
    block-size: 1.6em;
    margin: 0.1em 0 0;
    accent-color: var(--hub-control, #0b0c0c);
    cursor: pointer;
  }
  .hub-radios__input:focus-visible,
  .hub-checkboxes__input:focus-visible {
    outline: 3px solid var(--hub-focus, #ffdd00);
    outline-offset: 2px;
  }
  .hub-radios__label,
  .hub-checkboxes__label {
    display: block;
    cursor: pointer;
    padding-block-start: 0.15em;
  }
  .hub-radios__hint,
  .hub-checkboxes__hint {
    display: block;
    color: var(--hub-secondary-text, #505a5f);
  }
  .hub-radios__divider {
    margin-block-end: 0.6em;
    inline-size: 1.6em;
    text-align: center;
  }
  .hub-conditional {
    margin-block: 0 0.75em;
    margin-inline-start: 0.75em;
    padding-inline-start: 1.2em;
    border-inline-start: 0.25em solid var(--hub-border, #b1b4b6);
  }
  .hub-date-input {
    display: flex;
    flex-wrap: wrap;
    gap: 1.25em;
  }
  .hub-date-input__item .hub-label {
    font-weight: normal;
  }
  .hub-character-count__message {
    display: block;
    margin-block-start: 0.3em;
    color: var(--hub-secondary-text, #505a5f);
  }
  .hub-character-count__message--error {
    color: var(--hub-error, #d4351c);
    font-weight: 700;
  }

  /* Buttons */
  .hub-button {
    font: inherit;
    font-weight: 400;
    line-height: 1.2;
    display: inline-block;
    position: relative;
    inline-size: auto;
    margin: 0 0 calc(1.5 * var(--hub-space, 1em));
    padding: 0.5em 0.75em 0.45em;
    border: 2px solid transparent;
    border-radius: var(--hub-button-radius, 0);
    color: var(--hub-button-text, #ffffff);
    background-color: var(--hub-button, #00703c);
    box-shadow: 0 2px 0 var(--hub-button-shadow, #002d18);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    appearance: none;
  }
  .hub-button:hover {
    background-color: var(--hub-button-hover, #005a30);
  }
  .hub-button:focus-visible {
    outline: 3px solid transparent;
    border-color: var(--hub-focus, #ffdd00);
    color: var(--hub-focus-text, #0b0c0c);
    background-color: var(--hub-focus, #ffdd00);
    box-shadow: 0 2px 0 var(--hub-focus-text, #0b0c0c);
  }
  .hub-button:active {
    inset-block-start: 2px;
  }
  .hub-button--secondary {
    color: var(--hub-secondary-button-text, #0b0c0c);
    background-color: var(--hub-secondary-button, #f3f2f1);
    box-shadow: 0 2px 0 #929191;
  }
  .hub-button--secondary:hover {
    background-color: #dbdad9;
  }
  .hub-button--warning {
    color: #ffffff;
    background-color: var(--hub-error, #d4351c);
    box-shadow: 0 2px 0 #55150b;
  }
  .hub-button--warning:hover {
    background-color: #aa2a16;
  }
  .hub-button[aria-disabled='true'],
  .hub-button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .hub-button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1em;
  }
  .hub-back-link {
    display: inline-block;
    margin-block-end: var(--hub-space, 1em);
    font-size: 0.875em;
  }
  .hub-back-link::before {
    content: '';
    display: inline-block;
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline-end: 0.3em;
    border-block-start: 2px solid currentColor;
    border-inline-start: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) .hub-back-link::before {
    transform: rotate(45deg);
  }

  /* Problem states (adapter down, bad data) */
  .hub-problem {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
  }
  .hub-problem--inline {
    padding: var(--hub-space, 1em);
    border: 0.3em solid var(--hub-error, #d4351c);
  }
  .hub-problem--inline:focus {
    outline: 3px solid var(--hub-focus, #ffdd00);
  }
  .hub-problem--inline .hub-body:last-child {
    margin-block-end: 0;
  }

  /* Error summary */
  .hub-error-summary {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
    padding: var(--hub-space, 1em);
    border: 0.3em solid var(--hub-error, #d4351c);
  }
  .hub-error-summary:focus {
    outline: 3px solid var(--hub-focus, #ffdd00);
  }
  .hub-error-summary__title {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    font-weight: 700;
  }
  .hub-error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .hub-error-summary__list > li + li {
    margin-block-start: 0.35em;
  }
  .hub-error-summary__list a {
    font-weight: 700;
    color: var(--hub-error, #d4351c);
  }

  /* Summary list (check your answers) */
  .hub-summary-list {
    margin: 0 0 calc(1.5 * var(--hub-space, 1em));
  }
  .hub-summary-list__row {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr auto;
    gap: 0.25em 1em;
    padding: 0.6em 0;
    border-block-end: 1px solid var(--hub-border, #b1b4b6);
  }
  .hub-summary-list__key {
    margin: 0;
    font-weight: 700;
  }
  .hub-summary-list__value {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .hub-summary-list__actions {
    margin: 0;
    text-align: end;
  }
  @container (max-width: 30em) {
    .hub-summary-list__row {
      grid-template-columns: 1fr;
    }
    .hub-summary-list__actions {
      text-align: start;
    }
  }

  /* Panel, warning text, notification */
  .hub-panel {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
    padding: calc(1.5 * var(--hub-space, 1em));
    color: var(--hub-panel-text, #ffffff);
    background: var(--hub-panel, #00703c);
    text-align: center;
  }
  .hub-panel__title {
    margin: 0 0 0.5em;
    font-size: 1.75em;
    line-height: 1.2;
  }
  .hub-panel__body {
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }
  .hub-warning-text {
    display: flex;
    gap: 0.75em;
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
    font-weight: 700;
  }
  .hub-warning-text__icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    color: #ffffff;
    background: var(--hub-text, #0b0c0c);
    font-weight: 700;
    line-height: 1;
  }
  .hub-notification {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
    border: 0.3em solid var(--hub-accent, #1d70b8);
  }
  .hub-notification--success {
    border-color: var(--hub-success, #00703c);
  }
  .hub-notification__title {
    margin: 0;
    padding: 0.2em 0.75em;
    font-weight: 700;
    color: #ffffff;
    background: var(--hub-accent, #1d70b8);
  }
  .hub-notification--success .hub-notification__title {
    background: var(--hub-success, #00703c);
  }
  .hub-notification__content {
    padding: 0.75em;
  }

  /* Details */
  .hub-details {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
  }
  .hub-details__summary {
    display: inline-block;
    cursor: pointer;
    color: var(--hub-link, #1d70b8);
    text-decoration: underline;
  }
  .hub-details__summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--hub-focus-text, #0b0c0c);
    background: var(--hub-focus, #ffdd00);
    text-decoration: none;
  }
  .hub-details__text {
    margin-block-start: 0.5em;
    padding: 0.75em 1em;
    border-inline-start: 0.3em solid var(--hub-border, #b1b4b6);
  }

  /* Pagination */
  .hub-pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: calc(1.5 * var(--hub-space, 1em));
  }
  .hub-pagination__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .hub-pagination__item button,
  .hub-pagination__item span {
    display: inline-block;
    min-inline-size: 2.2em;
    padding: 0.3em 0.5em;
    text-align: center;
  }
  .hub-pagination__item--current span {
    font-weight: 700;
    color: #ffffff;
    background: var(--hub-link, #1d70b8);
  }
`;
