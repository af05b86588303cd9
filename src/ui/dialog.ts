import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { exemptNotice } from '../charter/banner.js';
import { charterRows } from '../charter/builtin.js';
import { dirOf } from '../charter/direction.js';
import { durationIn } from '../charter/durations.js';
import { entryIn } from '../charter/entry-texts.js';
import { fill } from '../charter/overrides.js';
import type { Lang, TextKey, Texts } from '../charter/texts.js';
import { OPTIONAL_CATEGORIES, type OptionalCategory } from '../consent/categories.js';
import type { EntryConfig } from '../consent/config.js';
import type { Consent } from '../consent/consent.js';
import { addDialogStyles } from './dialog-styles.js';
import { answersOf, entriesOf, initialDraft, type Draft } from './draft.js';

/** "Tout accepter", "Tout refuser", or answers for `consent.choose()` ("Enregistrer mes choix"). */
export type Decision = 'acceptAll' | 'rejectAll' | Record<string, boolean>;

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
 * The charter and preferences dialog of `<cookie-charter>`, which renders it in its shadow root while
 * the dialog is open; not for pages. Its module (`dist/cookie-charter-dialog.js`) defines it, and is
 * downloaded when the dialog first opens: a visitor who only answers the banner never downloads it.
 *
 * It has no shadow root of its own: its content is in `<cookie-charter>`'s, so that the parts
 * `dialog`, `toggle`, `save`, `accept-all` and `reject-all` are `<cookie-charter>`'s, and it adds its
 * styles to that shadow root, after the banner's.
 *
 * @fires decide - a `CustomEvent` whose `detail` is the visitor's `Decision`: "Tout accepter", "Tout refuser", or the switches as answers ("Enregistrer mes choix")
 * @fires close - the visitor asks to close the dialog (its close button), or closed it (Escape)
 */
class CookieCharterDialogElement extends LitElement {
  static override properties = {
    consent: { attribute: false },
    texts: { attribute: false },
    textsLang: { attribute: false },
    draft: { state: true },
  };

  /** The consent core whose charter and choice it shows. */
  consent!: Consent;
  /**
   * Every text it shows, the portal's replacements included. `<cookie-charter>` gives a new object at
   * each change of its language, of the charter's texts, and of its content or attributes (where the
   * core's charter comes from): the dialog renders again then.
   */
  texts!: Texts;
  /** The language of `texts`, which its root says to screen readers and to the layout (right to left). */
  textsLang: Lang = 'fr';
  /** The switches: the current choice when it opens, then as the visitor sets them. */
  private draft!: Draft;

  /**
   * Renders into itself, in `<cookie-charter>`'s shadow root, which gets the dialog's styles (where a
   * Lit element with a shadow root of its own would adopt them in it).
   */
  protected override createRenderRoot(): HTMLElement {
    addDialogStyles(this.getRootNode() as ShadowRoot);
    return this;
  }

  /** Before the first render: the switches as the current choice sets them. */
  protected override willUpdate(): void {
    if (!this.hasUpdated) this.draft = initialDraft(this.consent);
  }

  private emit(type: 'decide' | 'close', detail?: Decision): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /**
   * The `<dialog>`'s own `close` event (Escape) comes a task later: by then it may have been shown
   * again, or this element may have left the page.
   */
  private onClose(event: Event): void {
    if (this.isConnected && !(event.target as HTMLDialogElement).open) this.emit('close');
  }

  /** A switch changed: the entries of `keys` follow it. */
  private setSwitches(keys: string[], on: boolean): void {
    const draft = { ...this.draft };
    for (const key of keys) draft[key] = on;
    this.draft = draft;
  }

  /** The dialog: the choices first, one card per category, then the charter in full behind a disclosure. */
  protected override render(): TemplateResult {
    const { consent, texts, draft } = this;
    const { config, categories } = consent;
    const choiceId = consent.preferences()?.id;
    const href = safeHref(config.platform);
    const necessaryRows = charterRows(config.entries, (key) => texts[key]).filter((row) => row.category === 'necessary');

    const stateTexts = { on: texts.stateOn, off: texts.stateOff, partly: texts.statePartly };
    /** A category's name inside a sentence: in lower case, but German writes its nouns with a capital. */
    const inSentence = (name: string) => (this.textsLang === 'de' ? name : name.toLowerCase());
    const lang = this.textsLang;
    /**
     * The switch `name` of the entries `keys`, and its state in words. Screen readers hear the state
     * from the switch itself, so the words are hidden from them, except "partly on", which a switch
     * cannot say: they describe it then (`stateId`).
     */
    const toggle = (
      name: string,
      label: string,
      keys: string[],
      state: keyof typeof stateTexts,
      stateId?: string,
      describedBy?: string,
    ) => html`
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          part="toggle"
          name=${name}
          aria-label=${label}
          aria-describedby=${(state === 'partly' && stateId) || describedBy || nothing}
          .checked=${state === 'on'}
          .indeterminate=${state === 'partly'}
          @change=${(event: Event) => this.setSwitches(keys, (event.target as HTMLInputElement).checked)}
        />
        <span class="state" id=${stateId ?? nothing} aria-hidden="true">${stateTexts[state]}</span>
      </label>
    `;

    /** A table of entries, with a switch for each one that has an id when `withSwitches`. */
    const table = (rows: EntryConfig[], captionId: string, withSwitches: boolean) => {
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
              ${rows.map((entry) => {
                const row = entryIn(entry, lang);
                // Names and cookies are the portal's, often in Latin script: isolated, they keep their order in a right-to-left table.
                return html`
                  <tr>
                    <td><bdi>${row.provider}</bdi>${row.exempt ? html`<span class="exempt" id=${`${row.id}-exempt`}>${texts.exempt}</span>` : nothing}</td>
                    <td><bdi>${row.service}</bdi></td>
                    <td class="cookies"><bdi>${row.cookies.join(' ')}</bdi></td>
                    <td><bdi>${row.purpose}</bdi></td>
                    ${withDuration ? html`<td><bdi>${durationIn(row.duration, lang)}</bdi></td>` : nothing}
                    ${
                      withSwitches
                        ? html`<td>${
                            row.id
                              ? toggle(
                                  row.id,
                                  fill(texts.allowEntry, { entry: row.provider ? `${row.provider} (${row.service || row.id})` : row.id }),
                                  [row.key],
                                  draft[row.key] ? 'on' : 'off',
                                  undefined,
                                  row.exempt ? `${row.id}-exempt` : undefined,
                                )
                              : nothing
                          }</td>`
                        : nothing
                    }
                  </tr>
                `;
              })}
            </tbody>
          </table>
        </div>
      `;
    };

    /** A category's card: its name, purpose and state or switch, and its table folded. */
    const card = (name: string, title: string, purpose: string, state: TemplateResult, rows: EntryConfig[], withSwitches: boolean) => {
      const titleId = `${name}-name`;
      return html`
        <li class="card">
          <div class="card-head">
            <h3 id=${titleId}>${title}</h3>
            ${state}
          </div>
          <p>${purpose}</p>
          <details>
            <summary>${fill(texts.showEntries, { category: inSentence(title) })}</summary>
            ${table(rows, titleId, withSwitches)}
          </details>
        </li>
      `;
    };

    /** An optional category's card: its switch is on when all its entries are, "partly on" when some are. */
    const category = (category: OptionalCategory) => {
      const entries = entriesOf(consent, category);
      const on = entries.filter((entry) => draft[entry.key]).length;
      const title = texts[CATEGORY_TEXTS[category].title];
      const state = toggle(
        category,
        fill(texts.allowCategory, { category: inSentence(title) }),
        entries.map((entry) => entry.key),
        on === entries.length ? 'on' : on ? 'partly' : 'off',
        `${category}-state`,
      );
      // Only statistics may hold exempt entries, which its purpose then speaks of.
      const purpose = entries.some((entry) => entry.exempt) ? texts.statisticsExemptText : texts[CATEGORY_TEXTS[category].text];
      return card(category, title, purpose, state, entries, entries.length > 1);
    };

    return html`
      <dialog part="dialog" aria-labelledby="dialog-title" lang=${this.textsLang} dir=${dirOf(this.textsLang)} @close=${this.onClose}>
        <header>
          <h2 id="dialog-title">${texts.title}</h2>
          <button type="button" class="close" @click=${() => this.emit('close')}>${texts.close}</button>
        </header>
        <div class="content" tabindex="0" role="region" aria-labelledby="dialog-title">
          <p>${texts.choicesIntro}${exemptNotice(consent, texts)}${config.policyUrl ? html` <a href=${config.policyUrl}>${texts.policy}</a>` : nothing}</p>
          <ul class="cards" role="list">
            ${card('necessary', texts.necessaryName, texts.necessaryText, html`<span class="state">${texts.alwaysOn}</span>`, necessaryRows, false)}
            ${OPTIONAL_CATEGORIES.filter((optional) => categories.includes(optional)).map(category)}
          </ul>
          <details class="charter">
            <summary>${texts.readCharter}</summary>
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
              ${table(necessaryRows, 'necessary-title', false)}
            </section>
          </details>
          ${choiceId && config.receiptEndpoint ? html`<p class="proof">${fill(texts.choiceId, { id: choiceId })}</p>` : nothing}
        </div>
        ${
          categories.length
            ? html`<footer class="actions">
              <button type="button" part="accept-all" @click=${() => this.emit('decide', 'acceptAll')}>${texts.acceptAll}</button>
              <button type="button" part="reject-all" @click=${() => this.emit('decide', 'rejectAll')}>${texts.rejectAll}</button>
              <button type="button" part="save" @click=${() => this.emit('decide', answersOf(consent, this.draft))}>${texts.save}</button>
            </footer>`
            : nothing
        }
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-charter-dialog': CookieCharterDialogElement;
  }
}

// Once per page: `<cookie-charter>` and the start-up import this module from one address.
customElements.define('cookie-charter-dialog', CookieCharterDialogElement);
