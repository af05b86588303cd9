import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { exemptNotice } from '../charter/banner.js';
import { dirOf } from '../charter/direction.js';
import { fill, withReplacements } from '../charter/overrides.js';
import { recordShown } from '../charter/proof.js';
import { inPlural } from '../charter/plural.js';
import { inUnits } from '../charter/units.js';
import type { BannerTexts, CharterTexts, Lang } from '../charter/texts.js';
import type { Consent } from '../consent/consent.js';
import type { MONTH_DAYS } from '../consent/duration.js';
import { deepActiveElement } from './deep-active-element.js';
import type { Decision } from './dialog.js';
import { banners, charters, loadBanner, loadCharter, loadDialog, monthWords } from './downloads.js';
import type { UiServices } from './services.js';
import { styles } from './styles.js';

/** Whether `next` holds other services than `previous`: the start-up may give the same ones again, in a new object. */
const servicesChanged = (next?: UiServices, previous?: UiServices): boolean =>
  !next || !previous ? next !== previous : (Object.keys(next) as Array<keyof UiServices>).some((name) => next[name] !== previous[name]);

/**
 * The consent banner and the cookie charter of a portal. Its `<cookie-charter-entry>` children and
 * `<script type="application/json" data-cookie-charter-texts>` are read as configuration, not shown.
 *
 * @attr platform - the portal URL named in the charter; linked only when it is http(s). Default: `location.origin`
 * @attr lang - fr, en, de, es, it, nl, pt, ca, eu, sv or ar. Default: `<html lang>` when the widget has it (full tag, then primary subtag); `fr` when the page names none; `en` when it names another
 * @attr revision - the charter's version; a choice made under another revision is void
 * @attr expires - days a choice is kept before the banner asks again, from 1 to 395. Default: 182
 * @attr cookie-domain - `Domain` of the `cookies_preferences` cookie, to share one choice across subdomains
 * @attr google-consent-mode - bridge choices to Google Consent Mode v2; an optional value maps signals to categories or entry ids
 * @attr ignore-gpc - do not treat Global Privacy Control as a refusal
 * @attr receipt-endpoint - an http(s) URL that receives a receipt of each choice
 * @attr policy-url - the portal's privacy policy or legal notice, an http(s) URL; the banner and the dialog link to it
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

  static override properties = {
    services: { attribute: false, hasChanged: servicesChanged },
    dialogOpen: { state: true },
    status: { state: true },
  };

  /**
   * What the element needs from the page: the consent core it shows and records into, where the
   * charter's texts and the dialog come from, and where problems are reported. The widget's start-up
   * gives them to the `<cookie-charter>` it follows; without them the element shows nothing.
   * @internal
   */
  services?: UiServices;

  private dialogOpen = false;
  /** Read out by screen readers once a choice is recorded. */
  private status = '';
  /**
   * The texts shown, the portal's replacements included; made by `willUpdate()` when what they come
   * from changes, and then a new object, which the dialog renders again for.
   */
  private texts?: BannerTexts & Partial<CharterTexts>;
  /** The language of `texts`, which lags behind the charter's while a new language's words download. */
  private textsLang: Lang = 'fr';
  /** The language and the charter's texts that `texts` were made from; a change of services or of the replacements clears `texts`. */
  private textsFrom: unknown[] = [];
  /** The replacements are `<cookie-charter>`'s children, which a page may change at any time. */
  private readonly textsWatcher = new MutationObserver(() => {
    this.texts = undefined;
    this.requestUpdate();
  });

  private stopWatching?: () => unknown;
  /** Whether the dialog's files were asked for ahead of a click. */
  private prefetched = false;
  /** Whether the banner took over from one written into the page and already on screen: it does not slide in again. */
  private shown = false;
  private returnFocus: HTMLElement | null = null;

  /** The first `<cookie-charter>` of the page is the one in charge; others stay empty. */
  private get primary(): boolean {
    return this.ownerDocument.querySelector('cookie-charter') === this;
  }

  /** Follows the core's state and the portal's replacements while on the page. */
  override connectedCallback(): void {
    super.connectedCallback();
    this.watchConsent();
    this.textsWatcher.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watchConsent();
    this.textsWatcher.disconnect();
  }

  /** Opens the charter and preferences dialog, once its texts and its module have downloaded. */
  async open(): Promise<void> {
    const { services } = this;
    if (!services || !this.primary) return;
    const opener = deepActiveElement();
    const [charter, module] = await Promise.all([loadCharter(services, services.consent.config.lang), loadDialog(services)]);
    if (!charter || !module) return;
    if (!this.dialogOpen) {
      this.returnFocus = opener;
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
    this.dialogClosed();
  }

  /** Complete once the dialog, which renders on its own, has rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.renderRoot.querySelector('cookie-charter-dialog')?.updateComplete;
    return complete;
  }

  /** Renders again at each change of the core's state, while on the page. */
  private watchConsent(): void {
    this.stopWatching?.();
    this.stopWatching = this.isConnected ? this.services?.consent.watch(() => this.requestUpdate()) : undefined;
  }

  /** What `render()` shows: the texts, made again only when the language, the charter's texts or the replacements change. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('services')) {
      this.watchConsent();
      this.texts = undefined;
    }
    const { services } = this;
    if (!services || !this.primary) {
      this.texts = undefined;
      return;
    }
    const { lang } = services.consent.config;
    const charter = charters[lang];
    const banner = banners[lang];
    // After a change of `lang`, what shows keeps the language it has until the new one's words arrive.
    if (!banner) void loadBanner(services, lang).then((loaded) => loaded && this.requestUpdate());
    if (!charter && this.dialogOpen) void loadCharter(services, lang).then((loaded) => loaded && this.requestUpdate());
    if (!banner) return;
    const known = charter ?? Object.values(charters)[0];
    const from = [lang, known, banner];
    if (!this.texts || from.some((input, i) => input !== this.textsFrom[i])) {
      this.textsFrom = from;
      this.texts = withReplacements(this, lang, { ...banner, ...known }, charter !== undefined, services.warn);
      this.textsLang = lang;
    }
  }

  /**
   * Once the banner shows, the dialog's files come as soon as the page is idle, so that "Personnaliser"
   * opens the charter at once rather than after two downloads.
   */
  protected override updated(): void {
    if (this.prefetched || !this.services?.consent.asks || !this.texts) return;
    this.prefetched = true;
    // Safari has no requestIdleCallback: a task of its own there (setTimeout reads no delay in the options).
    const idle = (task: () => void) => (window.requestIdleCallback ?? setTimeout)(task, { timeout: 2000 } as never);
    idle(() => {
      if (!this.services) return;
      this.prefetch();
      // The dialog writes durations with Intl.NumberFormat, whose first one reads the page's number
      // data (75 to 130 ms 4× throttled): made now, in a task of its own, rather than on "Personnaliser".
      idle(() => inUnits(this.textsLang, 1, 'month'));
    });
  }

  /** A head start on the downloads that opening the dialog needs. */
  private prefetch(): void {
    const services = this.services!;
    void loadCharter(services, services.consent.config.lang);
    void loadDialog(services);
  }

  /** After the dialog closed: the banner shows again, and focus goes back to where it was. */
  private dialogClosed(): void {
    if (!this.dialogOpen) return;
    this.dialogOpen = false;
    const target = this.returnFocus;
    this.returnFocus = null;
    // After the render that shows the banner again, since the opener may be one of its buttons.
    void this.updateComplete.then(() => target?.isConnected && target.focus());
  }

  /** "Tout accepter", "Tout refuser", or the dialog's switches (answers for `consent.choose`). */
  private decide(decision: Decision): void {
    const { consent, prove } = this.services!;
    const texts = this.texts!;
    const recorded = recordShown(consent, prove, this.textsLang, texts, () =>
      typeof decision === 'string' ? (consent[decision](), true) : consent.choose(decision),
    );
    // Refused (too large for the cookie, see the console): the dialog stays open, nothing is announced.
    if (!recorded) return;
    this.status = texts.choiceKept;
    this.close();
  }

  /**
   * A banner written into the page's HTML (see src/prerender.ts) gives way to this one in the same
   * frame, once this one has its words (or once the core asks nothing): without sliding in again, and
   * with the keyboard's focus on the same button.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Lit renders before a shadow root's first child, which may be the written banner that leaves: after it instead.
    this.renderOptions.renderBefore = null;
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    const root = this.renderRoot as ShadowRoot;
    const written = root.querySelector<HTMLElement>('section[data-prerendered]');
    if (!written || !this.services || (!this.texts && this.services.consent.asks)) return super.update(changed);
    this.shown = !written.hidden;
    const part = written.contains(root.activeElement) && root.activeElement!.getAttribute('part');
    for (const node of root.querySelectorAll('[data-prerendered]')) node.remove();
    super.update(changed);
    if (part) root.querySelector<HTMLElement>(`[part~="banner"] [part~="${part}"]`)?.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    const { services, texts } = this;
    if (!services || !texts) return nothing;
    const { consent } = services;
    return html`
      ${consent.asks ? this.renderBanner(consent, texts) : nothing}
      ${
        this.dialogOpen
          ? html`<cookie-charter-dialog
            .consent=${consent}
            .texts=${texts}
            .textsLang=${this.textsLang}
            @decide=${(event: CustomEvent<Decision>) => this.decide(event.detail)}
            @close=${this.close}
          ></cookie-charter-dialog>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.status}</div>
    `;
  }

  private renderBanner(consent: Consent, texts: BannerTexts): TemplateResult {
    const { expires, policyUrl } = consent.config;
    const lang = this.textsLang;
    // MONTH_DAYS, held to its value in consent/duration.ts by its type. Imported as a value, it would bring
    // its module into this file, and the enforcement file, which reads durations with it, would load this
    // one (and Lit) to get it.
    const months = Math.round(expires / (30.4 satisfies typeof MONTH_DAYS));
    return html`
      <section
        part="banner"
        class="banner ${this.shown ? 'shown' : ''}"
        role="region"
        aria-labelledby="banner-title"
        lang=${lang}
        dir=${dirOf(lang)}
        ?hidden=${this.dialogOpen /* it would only sit, inert, behind the charter */}
      >
        <h2 id="banner-title">${texts.bannerTitle}</h2>
        <p>${fill(texts.bannerText, { months, kept: inPlural(lang, months, monthWords[lang]!) })}${exemptNotice(consent, texts)}${policyUrl ? html` <a href=${policyUrl}>${texts.policy}</a>` : nothing}</p>
        <div class="actions">
          <button type="button" part="accept-all" @click=${() => this.decide('acceptAll')}>${texts.acceptAll}</button>
          <button type="button" part="reject-all" @click=${() => this.decide('rejectAll')}>${texts.rejectAll}</button>
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
