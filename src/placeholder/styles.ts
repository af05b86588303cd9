/** Marks the styles for the build's CSS minifier (`scripts/minify-templates.js`), which Lit's `css` does in the UI. */
const css = (strings: TemplateStringsArray) => strings[0];

/**
 * The placeholder's styles: the banner's custom properties and defaults (close to the French State
 * design system, WCAG AA in light and dark schemes), a background of its own, and the embed's size,
 * which the element gives as private custom properties so that a page's own rules on
 * `cookie-charter-placeholder` still win. A grid whose items share one cell, so that it grows with
 * its words (an aspect ratio is a minimum), and whose baseline is its bottom edge, as an embed's is:
 * inline, it leaves the same room below it in its line.
 */
export const styles = css`
  :host {
    --_bg: var(--cookie-charter-placeholder-background, #f6f6f6);
    --_fg: var(--cookie-charter-color, #161616);
    --_muted: var(--cookie-charter-muted-color, #3a3a3a);
    --_accent: var(--cookie-charter-accent, #000091);
    --_on-accent: var(--cookie-charter-on-accent, #ffffff);
    --_border: var(--cookie-charter-border-color, #929292);
    --_focus: var(--cookie-charter-focus-color, #0a76f6);
    --_radius: var(--cookie-charter-radius, 0.25rem);
    display: var(--_display, grid);
    box-sizing: border-box;
    width: var(--_width, auto);
    max-width: var(--_max-width, 100%);
    min-height: var(--_min-height, auto);
    aspect-ratio: var(--_ratio, auto);
    font-family: var(--cookie-charter-font, inherit);
    font-size: var(--cookie-charter-font-size, 1rem);
    line-height: 1.5;
    color: var(--_fg);
    /* A long word (a provider's name, an address) breaks rather than widening the page. */
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--cookie-charter-placeholder-background, #1e1e1e);
      --_fg: var(--cookie-charter-color, #f6f6f6);
      --_muted: var(--cookie-charter-muted-color, #cecece);
      --_accent: var(--cookie-charter-accent, #8585f6);
      --_on-accent: var(--cookie-charter-on-accent, #161616);
      --_border: var(--cookie-charter-border-color, #777777);
      --_focus: var(--cookie-charter-focus-color, #6fa8ff);
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .baseline,
  [part~='placeholder'] {
    grid-area: 1 / 1;
  }
  .baseline {
    align-self: end;
  }
  [part~='placeholder'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    box-sizing: border-box;
    min-width: 0;
    padding: 1rem;
    text-align: center;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  p {
    max-width: 40rem;
    margin: 0;
  }
  [part~='placeholder-title'] {
    font-weight: 700;
  }
  [part~='placeholder-text'] {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5rem 1rem;
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='placeholder-allow'] {
    font-weight: 600;
    color: var(--_on-accent);
    background: var(--_accent);
  }
  [part~='placeholder-allow']:hover {
    text-decoration: underline;
  }
  [part~='placeholder-open'] {
    padding-inline: 0.25rem;
    color: var(--_accent);
    background: none;
    text-decoration: underline;
  }
  [part~='placeholder-open']:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    [part~='placeholder'] {
      border: 2px solid CanvasText;
    }
    [part~='placeholder-allow'] {
      border-color: ButtonText;
    }
    [part~='placeholder-open'] {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
