import { css } from 'lit';

/** Timetable, session cards and outcome pages. Sizes in em; logical properties for right-to-left. */
export const sessionBookingStyles = css`
  .hub-timetable__cancel {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
  }
  .hub-filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
    align-items: flex-end;
  }
  .hub-week-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-block: 0.5em 1em;
    padding-block: 0.75em 0;
    border-block-start: 2px solid var(--hub-border, #b1b4b6);
  }
  .hub-week-nav__label {
    margin: 0;
    font-size: 1.125em;
  }
  .hub-week-nav .hub-button {
    margin-block-end: 0.5em;
  }
  .hub-day__heading {
    margin-block: 1.25em 0.5em;
  }
  .hub-sessions {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 1em;
  }
  .hub-session {
    padding: var(--hub-space, 1em);
    border: 1px solid var(--hub-session-border, var(--hub-border, #b1b4b6));
    border-inline-start-width: 0.3em;
    background: var(--hub-session-background, transparent);
  }
  .hub-session__title {
    margin-block-end: 0.5em;
  }
  .hub-session__facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 1em;
    margin: 0 0 0.75em;
  }
  .hub-session__fact {
    display: contents;
  }
  .hub-session__fact dt {
    color: var(--hub-secondary-text, #505a5f);
  }
  .hub-session__fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 24em) {
    .hub-session__facts {
      grid-template-columns: 1fr;
    }
    .hub-session__fact dd {
      margin-block-end: 0.3em;
    }
  }
  .hub-session__availability {
    margin: 0 0 0.75em;
  }
  .hub-session .hub-button {
    margin-block-end: 0;
  }
  .hub-reference {
    display: block;
    margin-block-start: 0.25em;
    font-size: 1.4em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  .hub-child-send {
    margin-block-start: 1em;
  }
  .hub-calendar-link {
    font-weight: 700;
  }
  .hub-full .hub-list--plain > li {
    margin-block-end: 0.75em;
  }
  .hub-full .hub-list--plain .hub-secondary-text {
    display: block;
  }
`;
