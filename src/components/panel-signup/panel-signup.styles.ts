import { css } from 'lit';

/** What <hub-panel-signup> adds to the shared form styles. */
export const panelSignupStyles = css`
  .hub-check-section {
    margin-block-start: 1.5em;
  }
  .hub-reference {
    display: inline-block;
    margin-block-start: 0.25em;
    font-size: 1.2em;
    letter-spacing: 0.05em;
  }
  /* Workaround until the shared form styles space error summary links (WCAG 2.2 target size, 2.5.8). */
  .hub-error-summary__list > li + li {
    margin-block-start: 0.35em;
  }
  .hub-problem {
    margin-block-end: calc(1.5 * var(--hub-space, 1em));
  }
`;
