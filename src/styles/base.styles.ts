import { css } from 'lit';

/**
 * The host: inherits the page's font, defends against what leaks in from CMS pages, and defines the
 * `--hub-*` tokens' fallbacks in one place. Sizes below the host are in `em`, so `--hub-font-size` scales
 * everything and a shrunken root font size (`html { font-size: 62.5% }`) does not.
 *
 * Any page rule that matches the element beats a normal `:host` declaration, even `* { all: unset }` from
 * a CSS reset, so the properties that keep the text readable and the layout working are `!important`
 * (an important `:host` declaration beats every page rule). The `--hub-*` custom properties stay the way
 * to change them; `hidden` hides a widget. `visibility` and `direction` are left to inherit: a page that
 * hides a section, or sets `dir="rtl"`, means it for the widget too.
 */
export const hostStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box !important;
    max-inline-size: var(--hub-max-width, 60em) !important;
    container-type: inline-size !important;
    font-family: var(--hub-font-family, inherit) !important;
    font-size: var(--hub-font-size, max(1rem, 16px)) !important;
    font-weight: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    line-height: 1.4 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: normal !important;
    hyphens: manual !important;
    list-style: disc outside !important;
    cursor: auto !important;
    color: var(--hub-text, #0b0c0c) !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
`;

/** Text and layout primitives used by every widget. */
export const typographyStyles = css`
  .hub-heading-l,
  .hub-heading-m,
  .hub-heading-s {
    font-weight: 700;
    line-height: 1.2;
    margin: 0 0 0.75em;
    color: var(--hub-heading, var(--hub-text, #0b0c0c));
  }
  .hub-heading-l {
    font-size: 1.75em;
  }
  .hub-heading-m {
    font-size: 1.375em;
  }
  .hub-heading-s {
    font-size: 1.125em;
  }
  .hub-caption {
    display: block;
    color: var(--hub-secondary-text, #505a5f);
    font-size: 1em;
    margin-block-end: 0.25em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .hub-body {
    margin: 0 0 var(--hub-space, 1em);
  }
  .hub-body-s {
    font-size: 0.875em;
    margin: 0 0 var(--hub-space, 1em);
  }
  .hub-secondary-text {
    color: var(--hub-secondary-text, #505a5f);
  }
  .hub-list {
    margin: 0 0 var(--hub-space, 1em);
    padding-inline-start: 1.25em;
  }
  .hub-list > li {
    margin-block-end: 0.3em;
  }
  .hub-list--plain {
    list-style: none;
    padding-inline-start: 0;
  }
  a,
  .hub-link {
    color: var(--hub-link, #1d70b8);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:hover,
  .hub-link:hover {
    color: var(--hub-link-hover, #003078);
    text-decoration-thickness: max(3px, 0.1875em);
  }
  a:focus-visible,
  .hub-link:focus-visible {
    outline: 3px solid transparent;
    color: var(--hub-focus-text, #0b0c0c);
    background-color: var(--hub-focus, #ffdd00);
    box-shadow:
      0 -2px var(--hub-focus, #ffdd00),
      0 4px var(--hub-focus-text, #0b0c0c);
    text-decoration: none;
  }
  button.hub-link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
  }
  .hub-visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .hub-section-break {
    margin: 1.5em 0;
    border: 0;
    border-block-end: 1px solid var(--hub-border, #b1b4b6);
  }
  .hub-tag {
    display: inline-block;
    padding: 0.15em 0.5em;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--hub-tag-text, #0c2d4a);
    background: var(--hub-tag, #d2e2f1);
  }
  .hub-tag--green {
    color: #005a30;
    background: #cce2d8;
  }
  .hub-tag--red {
    color: #2a0b06;
    background: #f4cdc6;
  }
  .hub-tag--grey {
    color: #282d30;
    background: #e5e6e7;
  }
  .hub-inset {
    margin: 1em 0;
    padding: 0.75em 1em;
    border-inline-start: 0.3em solid var(--hub-border, #b1b4b6);
  }
`;

export const baseStyles = [hostStyles, typographyStyles];
