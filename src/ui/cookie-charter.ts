import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { BANNER_TEXTS } from '../charter/banner.js';
import { charterRows } from '../charter/builtin.js';
import { fill, withReplacements } from '../charter/overrides.js';
import type { BannerTexts, CharterTexts, CharterTextsLoader, Lang, TextKey, Texts } from '../charter/texts.js';
import { OPTIONAL_CATEGORIES, type OptionalCategory } from '../consent/categories.js';
import type { EntryConfig } from '../consent/config.js';
import type { Consent } from '../consent/consent.js';
import { warn } from '../consent/warn.js';
import { styles } from './styles.js';

const CATEGORY_TEXTS: Record<OptionalCategory, { title: TextKey; text: TextKey }> = {
  statistics: { title: 'statisticsTitle', text: 'statisticsText' },
  'first-party': { title: 'firstPartyTitle', text: 'firstPartyText' },
  'third-party': { title: 'thirdPartyTitle', text: 'thirdPartyText' },
};

/** The element that holds focus now, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

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
 * The consent banner and the cookie charter of a portal. Its `<cookie-charter-entry>` children and
 * `<script type="application/json" data-cookie-charter-texts>` are read as configuration, not shown.
 *
 * @attr platform - the portal URL named in the charter; linked only when it is http(s). Default: `location.origin`
 * @attr lang - `fr` or `en`. Default: `en` when `<html lang>` starts with `en`, else `fr`
 * @attr revision - the charter's version; a choice made under another revision is void
 * @attr expires - days a choice is kept before the banner asks again, from 1 to 395. Default: 182
 * @attr cookie-domain - `Domain` of the `cookies_preferences` cookie, to share one choice across subdomains
 * @attr google-consent-mode - bridge choices to Google Consent Mode v2; an optional value maps signals to categories or entry ids
 * @attr ignore-gpc - do not treat Global Privacy Control as a refusal
 * @attr receipt-endpoint - an http(s) URL that receives a receipt of each choice
 *
 * @cssprop [--cookie-charter-background=#ffffff] - background of the banner and the dialog
 * @cssprop [--cookie-charter-color=#161616] - text colour
 * @cssprop [--cookie-charter-muted-color=#3a3a3a] - the banner's text
 * @cssprop [--cookie-charter-accent=#000091] - buttons and checkboxes
 * @cssprop [--cookie-charter-on-accent=#ffffff] - text on the accent colour
 * @cssprop [--cookie-charter-border-color=#929292] - borders of the banner, the dialog and the tables
 * @cssprop [--cookie-charter-focus-color=#0a76f6] - the focus ring
 * @cssprop [--cookie-charter-radius=0.25rem] - corner radius of the banner, the dialog and the buttons
 * @cssprop [--cookie-charter-font=inherit] - font family
 * @cssprop [--cookie-charter-font-size=1rem] - base font size
 * @cssprop [--cookie-charter-z-index=2147483000] - stacking order of the banner
 *
 * @csspart banner - the first layer, shown until the visitor chooses
 * @csspart accept-all - "Tout accepter"
 * @csspart reject-all - "Tout refuser"
 * @csspart customize - "Personnaliser"
 * @csspart dialog - the charter and the preferences
 * @csspart save - "Enregistrer mes choix"
 * @csspart toggle - each switch (a native checkbox named after its category or entry id)
 * @fires cookie-charter:change - on `document`, after every change of choice
 */
export class CookieCharterElement extends LitElement {
  static override styles = styles;
  /** Set once by `defineUi`: the page's one consent core, and where the charter's texts come from. */
  static consent: Consent;
  static loadCharterTexts: CharterTextsLoader;
  /** The charter's texts of each language downloaded so far. */
  static charters: Partial<Record<Lang, CharterTexts>> = {};

  static override properties = { dialogOpen: { state: true }, draft: { state: true }, status: { state: true } };

  private dialogOpen = false;
  /** The switches while the dialog is open: entry id to on/off. */
  private draft: Record<string, boolean> = {};
  private status = '';

  private stopWatching?: () => void;
  private returnFocus: HTMLElement | null = null;

  private get consent(): Consent {
    return CookieCharterElement.consent;
  }

  /** The first `<cookie-charter>` of the page is the one in charge; others stay empty. */
  private get primary(): boolean {
    return this.ownerDocument.querySelector('cookie-charter') === this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = this.consent.watch(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  /** Opens the charter and preferences dialog, once its texts have downloaded. */
  async open(): Promise<void> {
    if (!this.primary) return;
    const opener = deepActiveElement();
    if (!(await this.loadCharter(this.consent.config.lang))) return;
    if (!this.dialogOpen) {
      this.returnFocus = opener;
      const draft: Record<string, boolean> = {};
      for (const entry of this.optionalEntries()) draft[entry.id] = this.consent.allows(entry.id);
      this.draft = draft;
      this.dialogOpen = true;
    }
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the dialog without changing the stored choice. */
  close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    this.closed();
  }

  /** Downloads the charter's texts of `lang` once; false (with a warning) when they cannot be had. */
  private async loadCharter(lang: Lang): Promise<boolean> {
    const { charters } = CookieCharterElement;
    try {
      charters[lang] ??= (await CookieCharterElement.loadCharterTexts(lang)).charter;
      return true;
    } catch (error) {
      warn(`the charter's texts could not be loaded (${error}); the dialog cannot open without them.`);
      return false;
    }
  }

  private prefetchCharter(): void {
    void this.loadCharter(this.consent.config.lang);
  }

  private optionalEntries(category?: OptionalCategory): EntryConfig[] {
    return this.consent.config.entries.filter((entry) =>
      category ? entry.category === category : entry.category !== 'necessary',
    );
  }

  /**
   * The dialog's own `close` event (Escape) comes a task later: by then the dialog may have been
   * opened again, or replaced by a new one.
   */
  private onDialogClose(event: Event): void {
    const current = this.renderRoot.querySelector('dialog');
    if (current && event.target === current && !current.open) this.closed();
  }

  private closed(): void {
    if (!this.dialogOpen) return;
    this.dialogOpen = false;
    const target = this.returnFocus;
    this.returnFocus = null;
    // After the render that shows the banner again, since the opener may be one of its buttons.
    void this.updateComplete.then(() => target?.isConnected && target.focus());
  }

  private decide(action: 'acceptAll' | 'rejectAll' | 'save', texts: BannerTexts): void {
    if (action === 'save') {
      const answers: Record<string, boolean> = {};
      for (const category of this.consent.categories) {
        const entries = this.optionalEntries(category);
        answers[category] = entries.every((entry) => this.draft[entry.id]);
        for (const entry of entries) answers[entry.id] = this.draft[entry.id] === true;
      }
      // Refused (too large for the cookie, see the console): the dialog stays open, nothing is announced.
      if (!this.consent.choose(answers)) return;
    } else {
      this.consent[action]();
    }
    this.status = texts.choiceKept;
    this.close();
  }

  private setSwitch(ids: string[], on: boolean): void {
    const draft = { ...this.draft };
    for (const id of ids) draft[id] = on;
    this.draft = draft;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.primary) return nothing;
    const { config, decided, categories } = this.consent;
    const { charters } = CookieCharterElement;
    const charter = charters[config.lang];
    // After a change of `lang`, the open dialog keeps the language it has until the new one arrives.
    if (!charter && this.dialogOpen) void this.loadCharter(config.lang).then((loaded) => loaded && this.requestUpdate());
    const known = { ...BANNER_TEXTS[config.lang], ...(charter ?? Object.values(charters)[0]) };
    const texts = withReplacements(this, config.lang, known, charter !== undefined);
    const showBanner = !decided && categories.length > 0;
    return html`
      ${showBanner ? this.renderBanner(texts) : nothing}
      ${this.dialogOpen ? this.renderDialog(texts as Texts) : nothing}
      <div class="visually-hidden" role="status">${this.status}</div>
    `;
  }

  private renderBanner(texts: BannerTexts): TemplateResult {
    const months = Math.round(this.consent.config.expires / 30.4);
    return html`
      <section
        part="banner"
        class="banner"
        role="region"
        aria-labelledby="banner-title"
        lang=${this.consent.config.lang}
        ?hidden=${this.dialogOpen /* it would only sit, inert, behind the charter */}
      >
        <h2 id="banner-title">${texts.bannerTitle}</h2>
        <p>${fill(texts.bannerText, { months })}</p>
        <div class="actions">
          <button type="button" part="accept-all" @click=${() => this.decide('acceptAll', texts)}>${texts.acceptAll}</button>
          <button type="button" part="reject-all" @click=${() => this.decide('rejectAll', texts)}>${texts.rejectAll}</button>
          <button
            type="button"
            part="customize"
            aria-haspopup="dialog"
            @click=${() => this.open()}
            @pointerenter=${this.prefetchCharter /* a head start on the download the click will need */}
            @focus=${this.prefetchCharter}
          >${texts.customize}</button>
        </div>
      </section>
    `;
  }

  private renderDialog(texts: Texts): TemplateResult {
    const { config, categories } = this.consent;
    const href = safeHref(config.platform);
    const rows = charterRows(config.entries, (key) => texts[key]);
    return html`
      <dialog part="dialog" aria-labelledby="dialog-title" lang=${config.lang} @close=${this.onDialogClose}>
        <header>
          <h2 id="dialog-title">${texts.title}</h2>
          <button type="button" class="close" @click=${this.close}>${texts.close}</button>
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
            ${this.renderTable(rows.filter((row) => row.category === 'necessary'), texts, 'necessary-title', false)}
          </section>
          ${OPTIONAL_CATEGORIES.filter((category) => categories.includes(category)).map((category) =>
            this.renderCategory(category, texts),
          )}
        </div>
        ${categories.length
          ? html`<footer class="actions">
              <button type="button" part="reject-all" @click=${() => this.decide('rejectAll', texts)}>${texts.rejectAll}</button>
              <button type="button" part="accept-all" @click=${() => this.decide('acceptAll', texts)}>${texts.acceptAll}</button>
              <button type="button" part="save" @click=${() => this.decide('save', texts)}>${texts.save}</button>
            </footer>`
          : nothing}
      </dialog>
    `;
  }

  private renderCategory(category: OptionalCategory, texts: Texts): TemplateResult {
    const entries = this.optionalEntries(category);
    const on = entries.filter((entry) => this.draft[entry.id]).length;
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
            @change=${(event: Event) => this.setSwitch(entries.map((entry) => entry.id), (event.target as HTMLInputElement).checked)}
          />
          <span>${fill(texts.allowCategory, { category: title.toLowerCase() })}</span>
        </label>
        ${this.renderTable(entries, texts, titleId, entries.length > 1)}
      </section>
    `;
  }

  private renderTable(rows: EntryConfig[], texts: Texts, captionId: string, withSwitches: boolean): TemplateResult {
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
                  ${withSwitches
                    ? html`<td>
                        <input
                          type="checkbox"
                          part="toggle"
                          name=${row.id}
                          aria-label=${fill(texts.allowEntry, { entry: row.provider ? `${row.provider} (${row.service || row.id})` : row.id })}
                          .checked=${this.draft[row.id] === true}
                          @change=${(event: Event) => this.setSwitch([row.id], (event.target as HTMLInputElement).checked)}
                        />
                      </td>`
                    : nothing}
                </tr>
              `,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}
