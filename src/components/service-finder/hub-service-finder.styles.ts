import { css } from 'lit';

/**
 * Layout for <hub-service-finder>: one column up to 40em wide (filters behind a "Show filters" button),
 * filters beside the results above that. Container queries follow the widget's own width, not the page's,
 * so it works in a narrow CMS column. Everything reflows at 320px (WCAG 1.4.10).
 */
export const finderStyles = css`
  .finder-search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 1.25em;
    margin-block-end: var(--hub-space, 1em);
    padding-block-end: 0.5em;
    border-block-end: 1px solid var(--hub-border, #b1b4b6);
  }
  .finder-search__text {
    flex: 1 1 18em;
    min-inline-size: 0;
  }
  .finder-search__where {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 1em;
    flex: 1 1 18em;
    min-inline-size: 0;
  }
  .finder-search__where > .hub-form-group {
    flex: 1 1 10em;
  }
  .finder-search__submit {
    flex: none;
  }
  .finder-search .hub-select {
    min-inline-size: 9em;
  }

  .finder-layout {
    display: block;
  }
  .finder-filters-toggle {
    margin-block-end: var(--hub-space, 1em);
  }
  .finder-filters:not(.finder-filters--open) {
    display: none;
  }
  .finder-filters {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
  }
  .finder-filters__title {
    margin-block-end: 0.75em;
  }
  @container (min-width: 40em) {
    .finder-layout {
      display: grid;
      grid-template-columns: minmax(13em, 1fr) minmax(0, 2fr);
      gap: 0 2em;
      align-items: start;
    }
    .finder-filters-toggle {
      display: none;
    }
    .finder-filters:not(.finder-filters--open) {
      display: block;
    }
  }

  .finder-age-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 1em;
    margin-block-end: var(--hub-space, 1em);
  }
  .finder-age-row .hub-form-group {
    margin-block-end: 0;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .finder-age-row .hub-select {
    min-inline-size: 10em;
    max-inline-size: 100%;
  }
  .finder-age-remove {
    display: inline-flex;
    align-items: center;
    min-block-size: 2em;
    min-inline-size: 2em;
    margin-block-end: 0.3em;
  }
  .finder-ages .hub-button {
    margin-block-end: 0;
  }

  .finder-group {
    border-block-start: 1px solid var(--hub-border, #b1b4b6);
    padding-block: 0.5em;
  }
  .finder-group:last-of-type {
    border-block-end: 1px solid var(--hub-border, #b1b4b6);
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
  }
  .finder-group__summary {
    cursor: pointer;
    color: var(--hub-link, #1d70b8);
    padding-block: 0.25em;
  }
  .finder-group__summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--hub-focus-text, #0b0c0c);
    background: var(--hub-focus, #ffdd00);
    box-shadow: 0 4px var(--hub-focus-text, #0b0c0c);
  }
  .finder-group__count {
    color: var(--hub-secondary-text, #505a5f);
  }
  .finder-group .hub-form-group {
    margin-block: 0.5em 0;
  }
  .finder-group .hub-fieldset__legend {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .finder-days .hub-checkboxes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8em, 1fr));
    gap: 0 1em;
  }

  .finder-results[aria-busy='true'] .finder-list {
    opacity: 0.6;
  }
  .finder-results__summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .finder-updating {
    font-weight: 700;
  }
  .finder-active {
    margin-block-end: var(--hub-space, 1em);
  }
  .finder-chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .finder-chip {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding: 0.3em 0.6em;
    color: var(--hub-text, #0b0c0c);
    background: var(--hub-chip, #ffffff);
    border: 2px solid var(--hub-text, #0b0c0c);
    border-radius: var(--hub-chip-radius, 0);
    cursor: pointer;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .finder-chip:hover {
    background: var(--hub-chip-hover, #f3f2f1);
  }
  .finder-chip:focus-visible {
    outline: 3px solid transparent;
    color: var(--hub-focus-text, #0b0c0c);
    background: var(--hub-focus, #ffdd00);
    box-shadow: 0 0 0 3px var(--hub-focus-text, #0b0c0c);
  }
  .finder-chip__x {
    font-weight: 700;
    font-size: 1.2em;
    line-height: 1;
  }

  .finder-list {
    margin: 0 0 calc(1.5 * var(--hub-space, 1em));
    padding: 0;
    list-style: none;
  }
  .finder-card {
    padding-block: 1em;
    border-block-start: 1px solid var(--hub-border, #b1b4b6);
  }
  .finder-card:last-child {
    border-block-end: 1px solid var(--hub-border, #b1b4b6);
  }
  .finder-card__title {
    margin-block-end: 0.25em;
    overflow-wrap: anywhere;
  }
  .finder-card__title .hub-link,
  .finder-card__title a {
    font-weight: 700;
  }
  .finder-tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .finder-facts {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(7em, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
  }
  .finder-facts__row {
    display: contents;
  }
  .finder-facts dt {
    font-weight: 700;
  }
  .finder-facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 30em) {
    .finder-facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .finder-facts dd {
      margin-block-end: 0.4em;
    }
  }

  .finder-details__text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .finder-details .hub-summary-list__value ul {
    margin: 0;
    padding-inline-start: 1.1em;
    white-space: normal;
  }
  .finder-details .hub-heading-l {
    overflow-wrap: anywhere;
  }
  .finder-location {
    margin-block-end: var(--hub-space, 1em);
  }
  .finder-action-help {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
    padding: var(--hub-space, 1em);
    border-inline-start: 0.3em solid var(--hub-accent, #1d70b8);
    background: var(--hub-inset-background, #f3f2f1);
  }
  .finder-none {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
  }
`;
