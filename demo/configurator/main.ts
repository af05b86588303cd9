/*
 * The configurator's page: the form, the live checks beside each field, the preview, the snippet and
 * the imports. State lives here; `view()` reads it and returns the page's template.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { services, type KnownService } from '../../packages/scan/src/catalogue.js';
import { durationText } from '../../packages/scan/src/suggest.js';
import type { Finding } from '../../packages/scan/src/types.js';
import { OPTIONAL_CATEGORIES, type Category } from '../../src/consent/categories.js';
import { messageOf } from '../../src/consent/messages.js';
import { checkSnippet, type Check } from './checks.js';
import { exportJson, importText } from './imports.js';
import {
  cdnScript,
  dirOf,
  emptyConfiguration,
  emptyEntry,
  entryFromService,
  LANGUAGE_NAMES,
  LANGUAGES,
  normalized,
  type Configuration,
  type EntryDraft,
  type EntryTexts,
  type Language,
  type Placement,
} from './model.js';
import { previewDocument, type PreviewView } from './preview.js';
import { charterHtml, snippet } from './snippet.js';
import { TEXTS, type Texts, type UiLanguage } from './texts.js';

declare const __VERSION__: string;

/** The widget beside this page's bundle (dist/cookie-charter.js), which the preview runs: never a CDN. */
const WIDGET = new URL('../cookie-charter.js', import.meta.url).href;
const CATEGORIES: Category[] = ['necessary', ...OPTIONAL_CATEGORIES];

const state = {
  ui: (new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr') as UiLanguage,
  config: emptyConfiguration(cdnScript(__VERSION__)),
  chosen: '',
  previewLang: 'fr' as Language,
  view: 'banner' as PreviewView,
  /** Said to assistive technologies: an entry added or removed, the code copied. */
  status: '',
  importStatus: '',
  findings: null as Finding[] | null,
  /** The banner written into the page, made by the preview, and the charter (and language) it was made from. */
  written: { from: '', html: '' },
};

let texts: Texts = TEXTS[state.ui];
let code = '';
let checks: Check[] = [];
let previewTimer: number | undefined;
let previewShown = '';

const root = document.querySelector<HTMLElement>('#configurator')!;
// The page's static heading and its note for browsers without scripts give way to the configurator.
root.replaceChildren();

/** Reads the state again: the snippet, its checks, the page, then (a moment later) the preview. */
function update(): void {
  texts = TEXTS[state.ui];
  document.documentElement.lang = state.ui;
  document.title = texts.title;
  if (!state.config.languages.includes(state.previewLang)) state.previewLang = state.config.languages[0];
  code = snippet(state.config, services, texts.snippet.words, state.written.from === writtenFrom() ? state.written.html : '');
  checks = checkSnippet(code, state.config, services);
  render(view(), root);
  clearTimeout(previewTimer);
  previewTimer = window.setTimeout(showPreview, 250);
}

/** What a written banner depends on: the charter's element, in the portal's first language. */
const writtenFrom = () => {
  const clean = normalized(state.config);
  return `${clean.languages[0]}\n${charterHtml(clean)}`;
};
/** What the preview showing now was made from, when it writes the banner. */
let previewWrites = '';

// The preview hands over the banner it drew (previewDocument): only that frame, only a declarative shadow root.
window.addEventListener('message', (event) => {
  const frame = root.querySelector<HTMLIFrameElement>('#preview-frame');
  const written = (event.data as { cookieCharterWritten?: unknown } | null)?.cookieCharterWritten;
  if (!frame || event.source !== frame.contentWindow || !previewWrites) return;
  if (typeof written !== 'string' || !written.startsWith('<template shadowrootmode="open">')) return;
  state.written = { from: previewWrites, html: written };
  update();
});

/** Until when, and for which field, the focus is kept out of the preview (its dialog takes it as it opens). */
let keepFocus = { until: 0, on: null as Element | null };

function showPreview(): void {
  const frame = root.querySelector<HTMLIFrameElement>('#preview-frame');
  if (!frame) return;
  const page = previewDocument(normalized(state.config), services, { lang: state.previewLang, view: state.view, widget: WIDGET, texts });
  if (page === previewShown) return;
  frame.srcdoc = previewShown = page;
  previewWrites = state.view === 'banner' && state.previewLang === state.config.languages[0] ? writtenFrom() : '';
  keepFocus = { until: performance.now() + 3000, on: document.activeElement };
}

// The charter in the preview opens with showModal(), which moves the focus into the frame: the person
// editing the form keeps it where it was.
window.addEventListener('blur', () => {
  const { until, on } = keepFocus;
  const frame = root.querySelector('#preview-frame');
  if (performance.now() > until || !(on instanceof HTMLElement) || on === frame || !on.isConnected) return;
  setTimeout(() => {
    if (document.activeElement === frame) on.focus({ preventScroll: true });
  });
});

const change = (apply: () => void) => {
  apply();
  update();
};

const setConfig = <K extends keyof Configuration>(key: K, value: Configuration[K]) =>
  change(() => (state.config = { ...state.config, [key]: value }));

const setEntry = (index: number, patch: Partial<EntryDraft>) =>
  change(() => {
    const entries = [...state.config.entries];
    entries[index] = { ...entries[index], ...patch };
    state.config = { ...state.config, entries };
  });

const serviceOf = (entry: EntryDraft): KnownService | undefined => services.find((service) => service.id === entry.service);
const entryName = (entry: EntryDraft) => entry.provider || entry.id || texts.entries.byHand;
const valueOf = (event: Event) => (event.target as HTMLInputElement).value;
const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;

/** The DOM id of a field, its hint and its problems. */
const idOf = (field: string) => `f-${field.replace(/:/g, '-')}`;
const checksOf = (field: string) => checks.filter((check) => check.field === field);

/** `aria-describedby` for a field: its hint, and its problems when it has some. */
function describedBy(field: string, hint: boolean): string | typeof nothing {
  const ids = [hint ? `${idOf(field)}-hint` : '', checksOf(field).length ? `${idOf(field)}-problems` : ''];
  return ids.filter(Boolean).join(' ') || nothing;
}

function checkText(check: Check): TemplateResult {
  switch (check.kind) {
    case 'widget':
      return html`${texts.checks.widget} <span lang="en">${messageOf(check.problem)}</span>`;
    case 'required':
      return html`${texts.checks.required}`;
    case 'pattern':
      return html`${texts.checks.pattern(check.example)}`;
    case 'long':
      return html`${texts.checks.longStatistics(check.days)}`;
  }
}

/** The problems of a field, tied to it by `aria-describedby`. */
function problems(field: string) {
  const found = checksOf(field);
  if (!found.length) return nothing;
  return html`<ul class="problems" id="${idOf(field)}-problems">
    ${found.map((check) => html`<li>${checkText(check)}</li>`)}
  </ul>`;
}

const hint = (field: string, text: string | undefined) => (text ? html`<p class="hint" id="${idOf(field)}-hint">${text}</p>` : nothing);

/** A text field with its label, hint and problems. */
function textField(
  field: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
  {
    hintText,
    type = 'text',
    lang,
    inputmode,
    placeholder,
  }: { hintText?: string; type?: string; lang?: Language; inputmode?: string; placeholder?: string } = {},
) {
  const id = idOf(field);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint(field, hintText)}
    <input
      id=${id}
      type=${type}
      .value=${live(value)}
      lang=${lang ?? nothing}
      dir=${lang ? dirOf(lang) : nothing}
      inputmode=${inputmode ?? nothing}
      placeholder=${placeholder ?? nothing}
      spellcheck="false"
      aria-describedby=${describedBy(field, !!hintText)}
      aria-invalid=${checksOf(field).length ? 'true' : nothing}
      @input=${(event: Event) => onInput(valueOf(event))}
    />
    ${problems(field)}
  </div>`;
}

function charterSection() {
  const t = texts.charter;
  const config = state.config;
  const toggleLanguage = (lang: Language, on: boolean) => {
    const languages = on ? [...config.languages, lang] : config.languages.filter((code) => code !== lang);
    if (languages.length) setConfig('languages', languages);
  };
  return html`<section aria-labelledby="charter-title">
    <h2 id="charter-title">${t.title}</h2>
    ${textField('charter:platform', t.platform, config.platform, (value) => setConfig('platform', value), {
      hintText: t.platformHint,
      type: 'url',
      placeholder: 'https://data.example.fr',
    })}
    ${textField('charter:revision', t.revision, config.revision, (value) => setConfig('revision', value), { hintText: t.revisionHint })}
    ${textField('charter:expires', t.expires, config.expires, (value) => setConfig('expires', value), {
      hintText: t.expiresHint,
      inputmode: 'numeric',
    })}
    ${textField('charter:cookieDomain', t.cookieDomain, config.cookieDomain, (value) => setConfig('cookieDomain', value), {
      hintText: t.cookieDomainHint,
    })}
    ${textField('charter:policyUrl', t.policyUrl, config.policyUrl, (value) => setConfig('policyUrl', value), { type: 'url' })}
    ${textField('charter:receiptEndpoint', t.receiptEndpoint, config.receiptEndpoint, (value) => setConfig('receiptEndpoint', value), {
      hintText: t.receiptEndpointHint,
      type: 'url',
    })}
    <div class="field check">
      <input
        id="f-charter-googleConsentMode"
        type="checkbox"
        .checked=${config.googleConsentMode}
        aria-describedby="f-charter-googleConsentMode-hint"
        @change=${(event: Event) => setConfig('googleConsentMode', checkedOf(event))}
      />
      <label for="f-charter-googleConsentMode">${t.googleConsentMode}</label>
      <p class="hint" id="f-charter-googleConsentMode-hint">${t.googleConsentModeHint}</p>
    </div>
    <fieldset class="languages" aria-describedby=${describedBy('charter:languages', true)}>
      <legend>${t.languages}</legend>
      <p class="hint" id="f-charter-languages-hint">${t.languagesHint}</p>
      <ul>
        ${LANGUAGES.map(
          (lang) =>
            html`<li>
              <input
                id="f-language-${lang}"
                type="checkbox"
                .checked=${config.languages.includes(lang)}
                @change=${(event: Event) => toggleLanguage(lang, checkedOf(event))}
              />
              <label for="f-language-${lang}" lang=${lang}>${LANGUAGE_NAMES[lang]}</label>
            </li>`,
        )}
      </ul>
      ${problems('charter:languages')}
    </fieldset>
    ${
      config.languages.length > 1
        ? html`<div class="field">
          <label for="f-charter-defaultLanguage">${t.defaultLanguage}</label>
          <select
            id="f-charter-defaultLanguage"
            @change=${(event: Event) => {
              const lang = valueOf(event) as Language;
              setConfig('languages', [lang, ...config.languages.filter((code) => code !== lang)]);
            }}
          >
            ${config.languages.map(
              (lang) => html`<option value=${lang} lang=${lang} ?selected=${lang === config.languages[0]}>${LANGUAGE_NAMES[lang]}</option>`,
            )}
          </select>
        </div>`
        : nothing
    }
  </section>`;
}

function addService(): void {
  const service = services.find((known) => known.id === state.chosen);
  if (!service) return;
  const entry = entryFromService(service, state.config.languages, durationText);
  // A second entry of one service needs an id of its own.
  const taken = new Set(state.config.entries.map((known) => known.id));
  for (let count = 2; taken.has(entry.id); count++) entry.id = `${service.id}-${count}`;
  change(() => {
    state.config = { ...state.config, entries: [...state.config.entries, entry] };
    state.status = texts.entries.added(service.provider);
  });
}

function entriesSection() {
  const t = texts.entries;
  return html`<section aria-labelledby="entries-title">
    <h2 id="entries-title">${t.title}</h2>
    <p>${t.intro}</p>
    <div class="add">
      <div class="field">
        <label for="f-catalogue">${t.catalogue}</label>
        <select id="f-catalogue" @change=${(event: Event) => (state.chosen = valueOf(event))}>
          <option value="" ?selected=${!state.chosen}>${t.choose}</option>
          ${CATEGORIES.map(
            (category) =>
              html`<optgroup label=${t.categories[category]}>
                ${services
                  .filter((service) => service.category === category)
                  .map(
                    (service) =>
                      html`<option value=${service.id} ?selected=${state.chosen === service.id}>
                        ${service.provider} – ${service.service[state.ui]}
                      </option>`,
                  )}
              </optgroup>`,
          )}
        </select>
      </div>
      <button type="button" @click=${addService}>${t.add}</button>
      <button
        type="button"
        @click=${() =>
          change(() => {
            state.config = { ...state.config, entries: [...state.config.entries, emptyEntry()] };
            state.status = t.added(t.byHand);
          })}
      >
        ${t.addByHand}
      </button>
    </div>
    ${state.config.entries.length ? state.config.entries.map(entryFieldset) : html`<p>${t.none}</p>`}
  </section>`;
}

function entryFieldset(entry: EntryDraft, index: number) {
  const t = texts.entries;
  const service = serviceOf(entry);
  const field = (name: string) => `entry:${index}:${name}`;
  const setTexts = (lang: Language, patch: Partial<EntryTexts>) =>
    setEntry(index, { texts: { ...entry.texts, [lang]: { service: '', purpose: '', ...entry.texts[lang], ...patch } } });
  const exemptable = !!service?.exempt || entry.exempt;
  return html`<fieldset class="entry">
    <legend>${entryName(entry)}${service ? html` <span class="service">– ${service.service[state.ui]}</span>` : nothing}</legend>
    ${
      entry.findings?.length
        ? html`<ul class="findings">
          ${entry.findings.map((finding) => html`<li><strong>${texts.io.kinds[finding.kind]}</strong> : <code>${finding.name}</code></li>`)}
        </ul>`
        : nothing
    }
    <div class="grid">
      ${textField(field('id'), t.id, entry.id, (id) => setEntry(index, { id }), { hintText: t.idHint })}
      <div class="field">
        <label for=${idOf(field('category'))}>${t.category}</label>
        <select
          id=${idOf(field('category'))}
          aria-describedby=${describedBy(field('category'), false)}
          aria-invalid=${checksOf(field('category')).length ? 'true' : nothing}
          @change=${(event: Event) => setEntry(index, { category: valueOf(event) as Category | '' })}
        >
          ${entry.category ? nothing : html`<option value="" selected>${t.categories['']}</option>`}
          ${CATEGORIES.map((category) => html`<option value=${category} ?selected=${entry.category === category}>${t.categories[category]}</option>`)}
        </select>
        ${problems(field('category'))}
      </div>
      ${textField(field('provider'), t.provider, entry.provider, (provider) => setEntry(index, { provider }))}
      ${textField(field('duration'), t.duration, entry.duration, (duration) => setEntry(index, { duration }), { hintText: t.durationHint })}
    </div>
    ${textField(field('cookies'), t.cookies, entry.cookies, (cookies) => setEntry(index, { cookies }), { hintText: t.cookiesHint })}
    ${
      exemptable
        ? html`<div class="field check">
          <input
            id=${idOf(field('exempt'))}
            type="checkbox"
            .checked=${entry.exempt}
            aria-describedby="${idOf(field('exempt'))}-hint${checksOf(field('exempt')).length ? ` ${idOf(field('exempt'))}-problems` : ''}"
            aria-invalid=${checksOf(field('exempt')).length ? 'true' : nothing}
            @change=${(event: Event) => setEntry(index, { exempt: checkedOf(event) })}
          />
          <label for=${idOf(field('exempt'))}>${t.exempt}</label>
          <p class="hint" id="${idOf(field('exempt'))}-hint">
            ${t.exemptHint}
            ${
              service?.exempt
                ? html`<a href=${service.exempt.source} hreflang="fr">${t.exemptSource}</a>,
                  <a href=${service.exempt.setup} hreflang="en">${t.exemptSetup}</a>.`
                : nothing
            }
          </p>
          ${problems(field('exempt'))}
        </div>`
        : nothing
    }
    ${state.config.languages.map(
      (lang) =>
        html`<div class="texts">
          ${textField(
            field(`service-${lang}`),
            t.service(LANGUAGE_NAMES[lang]),
            entry.texts[lang]?.service ?? '',
            (value) => setTexts(lang, { service: value }),
            { lang },
          )}
          <div class="field">
            <label for=${idOf(field(`purpose-${lang}`))}>${t.purpose(LANGUAGE_NAMES[lang])}</label>
            <textarea
              id=${idOf(field(`purpose-${lang}`))}
              rows="2"
              lang=${lang}
              dir=${dirOf(lang)}
              .value=${live(entry.texts[lang]?.purpose ?? '')}
              @input=${(event: Event) => setTexts(lang, { purpose: valueOf(event) })}
            ></textarea>
          </div>
        </div>`,
    )}
    ${
      service?.tag
        ? html`<fieldset class="tag">
          <legend>${t.tag} ${entryName(entry)}</legend>
          ${service.tag.fields.map((tagField) =>
            textField(
              field(`tag:${tagField.name}`),
              tagField.label[state.ui],
              entry.tag[tagField.name] ?? '',
              (value) => setEntry(index, { tag: { ...entry.tag, [tagField.name]: value } }),
              { hintText: t.example(tagField.example), placeholder: tagField.example },
            ),
          )}
        </fieldset>`
        : nothing
    }
    <p class="actions">
      ${service ? html`<a href=${service.source}>${t.source}</a>` : nothing}
      <button
        type="button"
        @click=${() =>
          change(() => {
            state.config = { ...state.config, entries: state.config.entries.filter((_, other) => other !== index) };
            state.status = t.removed(entryName(entry));
          })}
      >
        ${t.remove(entryName(entry))}
      </button>
    </p>
  </fieldset>`;
}

function checksSection() {
  const t = texts.checks;
  return html`<section aria-labelledby="checks-title" class="checks">
    <h2 id="checks-title">${t.title}</h2>
    <p role="status">${checks.length ? t.count(checks.length) : t.none}</p>
  </section>`;
}

function previewSection() {
  const t = texts.preview;
  return html`<section aria-labelledby="preview-title">
    <h2 id="preview-title">${t.title}</h2>
    <p>${t.intro}</p>
    <div class="preview-controls">
      ${
        state.config.languages.length > 1
          ? html`<div class="field">
            <label for="f-preview-language">${t.language}</label>
            <select id="f-preview-language" @change=${(event: Event) => change(() => (state.previewLang = valueOf(event) as Language))}>
              ${state.config.languages.map(
                (lang) => html`<option value=${lang} lang=${lang} ?selected=${lang === state.previewLang}>${LANGUAGE_NAMES[lang]}</option>`,
              )}
            </select>
          </div>`
          : nothing
      }
      <fieldset class="inline">
        <legend>${t.view}</legend>
        ${(['banner', 'dialog'] as const).map(
          (view) =>
            html`<input
                type="radio"
                name="preview-view"
                id="f-preview-${view}"
                .checked=${state.view === view}
                @change=${() => change(() => (state.view = view))}
              /><label for="f-preview-${view}">${t[view]}</label>`,
        )}
      </fieldset>
    </div>
    <iframe id="preview-frame" sandbox="allow-scripts" title=${t.frame(LANGUAGE_NAMES[state.previewLang])}></iframe>
  </section>`;
}

async function copy(): Promise<void> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(code);
    copied = true;
  } catch {
    // Without the clipboard's permission: the code selected and copied as a person would.
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('#snippet')!);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copied = document.execCommand('copy');
  }
  change(() => (state.status = copied ? texts.snippet.copied : texts.snippet.copyFailed));
}

function snippetSection() {
  const t = texts.snippet;
  return html`<section aria-labelledby="snippet-title">
    <h2 id="snippet-title">${t.title}</h2>
    <fieldset>
      <legend>${t.placement}</legend>
      ${(['recommended', 'footer'] as Placement[]).map(
        (placement) =>
          html`<div class="check">
            <input
              type="radio"
              name="placement"
              id="f-placement-${placement}"
              .checked=${state.config.placement === placement}
              @change=${() => setConfig('placement', placement)}
            />
            <label for="f-placement-${placement}">${placement === 'recommended' ? t.recommended : t.footerOnly}</label>
          </div>`,
      )}
    </fieldset>
    ${textField('snippet:scriptUrl', t.scriptUrl, state.config.scriptUrl, (value) => setConfig('scriptUrl', value), {
      hintText: t.scriptUrlHint,
      type: 'url',
    })}
    <div class="code">
      <p class="code-title" id="snippet-label">${t.code}</p>
      <button type="button" @click=${copy}>${t.copy}</button>
    </div>
    <pre id="snippet" tabindex="0" role="region" aria-labelledby="snippet-label">${code}</pre>
    <h3>${t.checklist}</h3>
    <ol>
      ${t.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
  </section>`;
}

function runImport(text: string): void {
  const imported = importText(text, state.config, { services, durationText });
  change(() => {
    if (!imported) {
      state.importStatus = texts.io.unreadable;
      return;
    }
    state.config = imported.config;
    state.findings = imported.findings;
    state.importStatus = texts.io.imported(imported.config.entries.length);
  });
}

function exportConfiguration(): void {
  const url = URL.createObjectURL(new Blob([exportJson(state.config)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'cookie-charter-configuration.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function ioSection() {
  const t = texts.io;
  return html`<section aria-labelledby="io-title">
    <h2 id="io-title">${t.title}</h2>
    <p>${t.intro}</p>
    <div class="field">
      <label for="f-import">${t.paste}</label>
      <p class="hint" id="f-import-hint">${t.pasteHint}</p>
      <textarea id="f-import" rows="6" spellcheck="false" aria-describedby="f-import-hint"></textarea>
    </div>
    <p class="actions">
      <button type="button" @click=${() => runImport(root.querySelector<HTMLTextAreaElement>('#f-import')!.value)}>${t.import}</button>
      <button type="button" @click=${exportConfiguration}>${t.export}</button>
    </p>
    <div class="field">
      <label for="f-import-file">${t.file}</label>
      <input
        id="f-import-file"
        type="file"
        accept=".json,.html,.htm,application/json,text/html"
        @change=${async (event: Event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (file) runImport(await file.text());
        }}
      />
    </div>
    <p role="status">${state.importStatus}</p>
    ${
      state.findings?.length
        ? html`<h3>${t.scanTitle}</h3>
          <ul class="findings">
            ${state.findings.map(
              (finding) =>
                html`<li class=${finding.kind}>
                  <strong>${t.kinds[finding.kind]}</strong> : <code>${finding.name}</code>${finding.domain ? ` (${finding.domain})` : ''}
                  – <span lang="en">${finding.detail}</span>
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}

function view() {
  const t = texts;
  return html`<header class="top">
      <nav aria-label=${t.navigation}>
        <ul>
          <li><a href="/">${t.demo}</a></li>
          <li><a href="/videos.html">${t.videos}</a></li>
        </ul>
      </nav>
      <div class="field inline">
        <label for="f-ui-language">${t.interfaceLanguage}</label>
        <select id="f-ui-language" @change=${(event: Event) => change(() => (state.ui = valueOf(event) as UiLanguage))}>
          <option value="fr" lang="fr" ?selected=${state.ui === 'fr'}>Français</option>
          <option value="en" lang="en" ?selected=${state.ui === 'en'}>English</option>
        </select>
      </div>
    </header>
    <main>
      <h1>${t.title}</h1>
      <p>${t.intro}</p>
      <div class="columns">
        <div class="form">${charterSection()} ${entriesSection()} ${ioSection()}</div>
        <div class="result">${checksSection()} ${previewSection()} ${snippetSection()}</div>
      </div>
      <p class="visually-hidden" role="status">${state.status}</p>
    </main>`;
}

update();
