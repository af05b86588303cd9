import { css } from 'lit';

/**
 * The banner's styles, and what the dialog shares with it (`dialog-styles.ts` holds the rest). Themable through the custom properties below and the `part`s; the defaults are close to the
 * French State design system and pass WCAG AA contrast in light and dark schemes.
 */
export const styles = css`
  :host {
    --_bg: var(--cookie-charter-background, #ffffff);
    --_fg: var(--cookie-charter-color, #161616);
    --_muted: var(--cookie-charter-muted-color, #3a3a3a);
    --_accent: var(--cookie-charter-accent, #000091);
    --_on-accent: var(--cookie-charter-on-accent, #ffffff);
    --_border: var(--cookie-charter-border-color, #929292);
    --_focus: var(--cookie-charter-focus-color, #0a76f6);
    --_radius: var(--cookie-charter-radius, 0.25rem);
    --_font: var(--cookie-charter-font, inherit);
    --_z: var(--cookie-charter-z-index, 2147483000);
    font-family: var(--_font);
    font-size: var(--cookie-charter-font-size, 1rem);
    line-height: 1.5;
    color: var(--_fg);
    /* A long word (a provider's name, an address) breaks rather than widening the page. */
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--cookie-charter-background, #1e1e1e);
      --_fg: var(--cookie-charter-color, #f6f6f6);
      --_muted: var(--cookie-charter-muted-color, #cecece);
      --_accent: var(--cookie-charter-accent, #8585f6);
      --_on-accent: var(--cookie-charter-on-accent, #161616);
      --_border: var(--cookie-charter-border-color, #777777);
      --_focus: var(--cookie-charter-focus-color, #6fa8ff);
    }
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: inherit;
  }

  .banner {
    position: fixed;
    z-index: var(--_z);
    inset-inline: 0;
    bottom: 0;
    box-sizing: border-box;
    max-width: 48rem;
    max-height: 100vh;
    margin-inline: auto;
    overflow: auto;
    padding: 1rem 1.25rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-block-end: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    box-shadow: 0 -0.25rem 1rem rgb(0 0 0 / 0.2);
  }
  @media (min-width: 40rem) {
    .banner {
      bottom: 1rem;
      inset-inline: 1rem;
      border-block-end: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner:not(.shown) {
      animation: cookie-charter-in 0.2s ease-out;
    }
  }
  @keyframes cookie-charter-in {
    from {
      transform: translateY(1rem);
    }
  }
  .banner p {
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    flex: 1 1 auto;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .banner {
      border: 2px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
