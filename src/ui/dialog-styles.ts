import { css } from 'lit';

/**
 * What only the dialog needs, in its own file (loaded with the dialog, added to `<cookie-charter>`'s
 * shadow root after `styles.ts`): the custom properties and the buttons' look come from there.
 */
const dialogStyles = css`
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.125em;
    margin-top: 1.5em;
  }
  h4 {
    font-size: 1em;
    margin-top: 1.25em;
  }
  /* A long address breaks anywhere; the links' colour is in styles.ts, shared with the banner. */
  a {
    overflow-wrap: anywhere;
  }

  dialog {
    box-sizing: border-box;
    width: min(56rem, 100vw - 1rem);
    max-width: none;
    max-height: calc(100vh - 1rem);
    padding: 0;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  header,
  footer {
    flex: none;
    padding: 0.75rem 1.25rem;
  }
  header {
    display: flex;
    align-items: center;
    gap: 1rem;
    border-block-end: 1px solid var(--_border);
  }
  header h2 {
    flex: 1;
    margin: 0;
  }
  header button {
    flex: none;
    color: var(--_fg);
    background: transparent;
    border-color: var(--_border);
  }
  footer {
    border-block-start: 1px solid var(--_border);
  }
  .content {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    padding: 1rem 1.25rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-block: 0.5rem 1rem;
    font-size: 0.9375em;
  }
  th,
  td {
    padding: 0.5rem;
    text-align: start;
    vertical-align: top;
    border: 1px solid var(--_border);
  }
  td.cookies {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .exempt {
    display: block;
    font-size: 0.875em;
    font-style: italic;
  }
  .proof {
    font-size: 0.875em;
  }

  .cards {
    display: grid;
    /* A wide table scrolls inside its card, not the dialog sideways. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: 0.5rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .card h3 {
    margin: 0;
    font-size: 1em;
  }
  .card p {
    margin: 0;
  }
  summary {
    width: fit-content;
    margin-block: 0.25rem;
    text-decoration: underline;
    cursor: pointer;
  }
  .charter > summary {
    font-weight: 600;
  }

  /* A native checkbox drawn as a switch: a track, and a knob at its start (off) or end (on). */
  .switch {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    cursor: pointer;
  }
  .state {
    font-weight: 600;
  }
  [role='switch'] {
    --_knob: var(--_fg);
    flex: none;
    box-sizing: border-box;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    appearance: none;
    border: 2px solid var(--_fg);
    border-radius: 0.75rem;
    background: radial-gradient(circle closest-side, var(--_knob) 75%, transparent 80%) 0 50% / 1.25rem 100% no-repeat;
    cursor: pointer;
  }
  [role='switch']:checked {
    --_knob: var(--_on-accent);
    border-color: var(--_accent);
    background-color: var(--_accent);
    background-position-x: 100%;
  }
  /* Right to left, the knob starts on the right and ends on the left. */
  [dir='rtl'] [role='switch'] {
    background-position-x: 100%;
  }
  [dir='rtl'] [role='switch']:checked {
    background-position-x: 0%;
  }
  [role='switch']:indeterminate {
    background-position-x: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    [role='switch'] {
      transition: background-position 0.15s;
    }
  }

  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    /* System colours, kept: the knob's gradient would otherwise be dropped, and on and off look alike. */
    [role='switch'] {
      forced-color-adjust: none;
      --_knob: CanvasText;
      border-color: CanvasText;
      background-color: Canvas;
    }
    [role='switch']:checked {
      --_knob: HighlightText;
      border-color: Highlight;
      background-color: Highlight;
    }
  }
`;

/** The shadow roots that have the dialog's styles. */
const styled = new WeakSet<ShadowRoot>();

/**
 * Adds the dialog's styles to the shadow root it renders in, once, after the banner's: a constructed
 * style sheet (which a strict `style-src` does not govern), or where the browser cannot adopt one, a
 * `<style>` with Lit's nonce, as Lit does for the banner's styles.
 */
export function addDialogStyles(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  const sheet = dialogStyles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else {
    const style = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce) style.setAttribute('nonce', nonce);
    style.textContent = dialogStyles.cssText;
    // Before Lit's rendered content, which it may clear, and after the banner's styles.
    root.insertBefore(style, [...root.childNodes].find((node) => node.nodeName !== 'STYLE') ?? null);
  }
}
