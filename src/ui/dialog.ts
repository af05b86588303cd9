import { html, nothing, type TemplateResult } from 'lit';
import { charterRows } from '../charter/builtin.js';
import { fill } from '../charter/overrides.js';
import type { TextKey, Texts } from '../charter/texts.js';
import { OPTIONAL_CATEGORIES, type OptionalCategory } from '../consent/categories.js';
import type { EntryConfig } from '../consent/config.js';
import type { Consent } from '../consent/consent.js';
import { dialogStyles } from './dialog-styles.js';

/*
 * The charter and preferences dialog: its templates and styles, in a module of their own that the
 * element downloads when the dialog first opens (`dist/cookie-charter-dialog.js`), beside the charter's
 * texts. A visitor who only answers the banner never downloads it.
 */

/** The switches while the dialog is open: optional entry id to on/off. */
export type Draft = Record<string, boolean>;

/** "Tout accepter", "Tout refuser", or answers for `consent.choose()` ("Enregistrer mes choix"). */
export type Decision = 'acceptAll' | 'rejectAll' | Record<string, boolean>;

/** What the dialog shows, and what its controls do, as the element hands them over at each render. */
export interface DialogView {
  consent: Consent;
  /** The switches now (not at the last render: a click may follow another before it). */
  draft(): Draft;
  texts: Texts;
  decide(decision: Decision): void;
  setDraft(draft: Draft): void;
  close(): void;
  /** The `<dialog>`'s own `close` event (Escape). */
  onClose(event: Event): void;
}

/** What `dist/cookie-charter-dialog.js` (or its chunk in `dist/esm/`) exports. */
export interface DialogModule {
  initialDraft(consent: Consent): Draft;
  renderDialog(view: DialogView): TemplateResult;
  addDialogStyles(root: ShadowRoot): void;
}

/** Imports the dialog's module, from where the entry point put it. */
export type DialogLoader = () => Promise<DialogModule>;

const CATEGORY_TEXTS: Record<OptionalCategory, { title: TextKey; text: TextKey }> = {
  statistics: { title: 'statisticsTitle', text: 'statisticsText' },
  'first-party': { title: 'firstPartyTitle', text: 'firstPartyText' },
  'third-party': { title: 'thirdPartyTitle', text: 'thirdPartyText' },
};

/** Only http(s) addresses become links; anything else is shown as text. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Adds the dialog's styles to the element's shadow root, after the banner's: a constructed style sheet
 * (which a strict `style-src` does not govern), or where the browser cannot adopt one, a `<style>` with
 * Lit's nonce, as Lit does for the banner's styles.
 */
export function addDialogStyles(root: ShadowRoot): void {
  const sheet = dialogStyles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  if (root.querySelector('style[data-dialog]')) return;
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.setAttribute('data-dialog', '');
  style.textContent = dialogStyles.cssText;
  // Before Lit's rendered content, which it may clear, and after the banner's styles.
  const firstRendered = [...root.childNodes].find((node) => node.nodeName !== 'STYLE');
  root.insertBefore(style, firstRendered ?? null);
}

const entriesOf = (consent: Consent, category: OptionalCategory) =>
  consent.config.entries.filter((entry) => entry.category === category);

/** The switches when the dialog opens: each optional entry (by its key) as the current choice allows it. */
export function initialDraft(consent: Consent): Draft {
  const draft: Draft = {};
  for (const entry of consent.config.entries) if (entry.category !== 'necessary') draft[entry.key] = consent.allowsEntry(entry);
  return draft;
}

/** The switches as answers: a category is on when all its entries are. */
function answersOf(view: DialogView): Record<string, boolean> {
  const { consent } = view;
  const draft = view.draft();
  const answers: Record<string, boolean> = {};
  for (const category of consent.categories) {
    const entries = entriesOf(consent, category);
    answers[category] = entries.every((entry) => draft[entry.key]);
    // An entry without an id has no answer of its own: it follows its category's.
    for (const entry of entries) if (entry.id) answers[entry.id] = draft[entry.key] === true;
  }
  return answers;
}

function setSwitches(view: DialogView, keys: string[], on: boolean): void {
  const draft = { ...view.draft() };
  for (const key of keys) draft[key] = on;
  view.setDraft(draft);
}

export function renderDialog(view: DialogView): TemplateResult {
  const { consent, texts } = view;
  const { config, categories } = consent;
  const href = safeHref(config.platform);
  const rows = charterRows(config.entries, (key) => texts[key]);
  return html`
    <dialog part="dialog" aria-labelledby="dialog-title" lang=${config.lang} @close=${(event: Event) => view.onClose(event)}>
      <header>
        <h2 id="dialog-title">${texts.title}</h2>
        <button type="button" class="close" @click=${() => view.close()}>${texts.close}</button>
      </header>
      <div class="content" tabindex="0" role="region" aria-labelledby="dialog-title">
        <p>${texts.intro}</p>
        <h3>${texts.whatTitle}</h3>
        <p>${texts.whatText}</p>
        <p>${texts.kindsIntro}</p>
        <p>${texts.kindNecessary}</p>
        <p>${texts.kindStatistics}</p>
        <p>${texts.kindFirstParty}</p>
        <p>${texts.kindThirdParty}</p>
        <h3>${texts.platformTitle} ${href ? html`<a href=${href} target="_blank" rel="noopener">${config.platform}</a>` : config.platform}</h3>
        <section aria-labelledby="necessary-title">
          <h4 id="necessary-title">${texts.necessaryTitle}</h4>
          ${renderTable(view, rows.filter((row) => row.category === 'necessary'), 'necessary-title', false)}
        </section>
        ${OPTIONAL_CATEGORIES.filter((category) => categories.includes(category)).map((category) => renderCategory(view, category))}
      </div>
      ${categories.length
        ? html`<footer class="actions">
            <button type="button" part="reject-all" @click=${() => view.decide('rejectAll')}>${texts.rejectAll}</button>
            <button type="button" part="accept-all" @click=${() => view.decide('acceptAll')}>${texts.acceptAll}</button>
            <button type="button" part="save" @click=${() => view.decide(answersOf(view))}>${texts.save}</button>
          </footer>`
        : nothing}
    </dialog>
  `;
}

function renderCategory(view: DialogView, category: OptionalCategory): TemplateResult {
  const { texts } = view;
  const draft = view.draft();
  const entries = entriesOf(view.consent, category);
  const on = entries.filter((entry) => draft[entry.key]).length;
  const title = texts[CATEGORY_TEXTS[category].title];
  const titleId = `${category}-title`;
  return html`
    <section aria-labelledby=${titleId}>
      <h4 id=${titleId}>${title}</h4>
      <p>${texts[CATEGORY_TEXTS[category].text]}</p>
      <label class="switch">
        <input
          type="checkbox"
          part="toggle"
          name=${category}
          .checked=${on === entries.length}
          .indeterminate=${on > 0 && on < entries.length}
          @change=${(event: Event) => setSwitches(view, entries.map((entry) => entry.key), (event.target as HTMLInputElement).checked)}
        />
        <span>${fill(texts.allowCategory, { category: title.toLowerCase() })}</span>
      </label>
      ${renderTable(view, entries, titleId, entries.length > 1)}
    </section>
  `;
}

function renderTable(view: DialogView, rows: EntryConfig[], captionId: string, withSwitches: boolean): TemplateResult {
  const { texts } = view;
  const draft = view.draft();
  const withDuration = rows.some((row) => row.duration);
  return html`
    <div class="table-wrap" tabindex="0" role="group" aria-labelledby=${captionId}>
      <table aria-labelledby=${captionId}>
        <thead>
          <tr>
            <th scope="col">${texts.columnProvider}</th>
            <th scope="col">${texts.columnService}</th>
            <th scope="col">${texts.columnCookies}</th>
            <th scope="col">${texts.columnPurpose}</th>
            ${withDuration ? html`<th scope="col">${texts.columnDuration}</th>` : nothing}
            ${withSwitches ? html`<th scope="col">${texts.columnChoice}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`
              <tr>
                <td>${row.provider}</td>
                <td>${row.service}</td>
                <td class="cookies">${row.cookies.join(' ')}</td>
                <td>${row.purpose}</td>
                ${withDuration ? html`<td>${row.duration}</td>` : nothing}
                ${withSwitches && row.id
                  ? html`<td>
                      <input
                        type="checkbox"
                        part="toggle"
                        name=${row.id}
                        aria-label=${fill(texts.allowEntry, { entry: row.provider ? `${row.provider} (${row.service || row.id})` : row.id })}
                        .checked=${draft[row.key] === true}
                        @change=${(event: Event) => setSwitches(view, [row.key], (event.target as HTMLInputElement).checked)}
                      />
                    </td>`
                  : withSwitches
                    ? html`<td></td>`
                    : nothing}
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}
