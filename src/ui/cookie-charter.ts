import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { BANNER_TEXTS } from '../charter/banner.js';
import { fill, withReplacements } from '../charter/overrides.js';
import type { BannerTexts, CharterTexts, CharterTextsLoader, Lang, Texts } from '../charter/texts.js';
import type { Consent } from '../consent/consent.js';
import type { warn } from '../consent/warn.js';
import type { Decision, DialogLoader, DialogModule } from './dialog.js';
import { styles } from './styles.js';

/** The element that holds focus now, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
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
  /** Set once by `defineUi`: the page's one consent core, and where the charter's texts and the dialog come from. */
  static consent: Consent;
  static warn: typeof warn;
  static loadCharterTexts: CharterTextsLoader;
  static loadDialog: DialogLoader;
  /** The charter's texts of each language downloaded so far. */
  static charters: Partial<Record<Lang, CharterTexts>> = {};
  /** The dialog's module, once downloaded. */
  static dialog?: DialogModule;

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

  /** Opens the charter and preferences dialog, once its texts and its module have downloaded. */
  async open(): Promise<void> {
    if (!this.primary) return;
    const opener = deepActiveElement();
    const [charter, module] = await Promise.all([this.loadCharter(this.consent.config.lang), this.loadDialog()]);
    if (!charter || !module) return;
    if (!this.dialogOpen) {
      module.addDialogStyles(this.renderRoot as ShadowRoot);
      this.returnFocus = opener;
      this.draft = module.initialDraft(this.consent);
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
      CookieCharterElement.warn('charterTexts', error);
      return false;
    }
  }

  /** Downloads the dialog's module once; undefined (with a warning) when it cannot be had. */
  private async loadDialog(): Promise<DialogModule | undefined> {
    try {
      return (CookieCharterElement.dialog ??= await CookieCharterElement.loadDialog());
    } catch (error) {
      CookieCharterElement.warn('dialog', error);
      return undefined;
    }
  }

  private prefetch(): void {
    void this.loadCharter(this.consent.config.lang);
    void this.loadDialog();
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

  /** "Tout accepter", "Tout refuser", or the dialog's switches (answers for `consent.choose`). */
  private decide(action: Decision, texts: BannerTexts): void {
    if (typeof action === 'string') this.consent[action]();
    // Refused (too large for the cookie, see the console): the dialog stays open, nothing is announced.
    else if (!this.consent.choose(action)) return;
    this.status = texts.choiceKept;
    this.close();
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.primary) return nothing;
    const { consent } = this;
    const { config, decided, categories } = consent;
    const { dialog, charters } = CookieCharterElement;
    const charter = charters[config.lang];
    // After a change of `lang`, the open dialog keeps the language it has until the new one arrives.
    if (!charter && this.dialogOpen) void this.loadCharter(config.lang).then((loaded) => loaded && this.requestUpdate());
    const known = { ...BANNER_TEXTS[config.lang], ...(charter ?? Object.values(charters)[0]) };
    const texts = withReplacements(this, config.lang, known, charter !== undefined, CookieCharterElement.warn);
    const showBanner = !decided && categories.length > 0;
    return html`
      ${showBanner ? this.renderBanner(texts) : nothing}
      ${this.dialogOpen && dialog
        ? dialog.renderDialog({
            consent,
            draft: () => this.draft,
            texts: texts as Texts,
            decide: (action) => this.decide(action, texts),
            setDraft: (draft) => (this.draft = draft),
            close: () => this.close(),
            onClose: (event) => this.onDialogClose(event),
          })
        : nothing}
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
            @pointerenter=${this.prefetch /* a head start on the downloads the click will need */}
            @focus=${this.prefetch}
          >${texts.customize}</button>
        </div>
      </section>
    `;
  }
}
