/*
 * The preview: the portal's charter in a page of its own, shown in a frame sandboxed without
 * `allow-same-origin`, so that it writes no cookie of the configurator's origin. It runs the widget from
 * the configurator's own folder and loads nothing else: trackers' tags are left out, and each embed is a
 * local stand-in behind its template, so that its placeholder shows.
 */
import type { KnownService } from '../../packages/scan/src/catalogue.js';
import { ENTRY_ID } from '../../src/consent/config.js';
import { dirOf, type Configuration, type Language } from './model.js';
import { charterHtml, escapeAttribute } from './snippet.js';
import { OPEN_LINK, type Texts } from './texts.js';

export type PreviewView = 'banner' | 'dialog';

/** The preview's page for a normalized configuration, in `lang`, with the banner or the charter open. */
export function previewDocument(
  config: Configuration,
  services: KnownService[],
  { lang, view, widget, texts }: { lang: Language; view: PreviewView; widget: string; texts: Texts },
): string {
  // The banner in the portal's first language is the one the snippet writes into the page: the preview
  // hands it to the configurator once the widget has drawn it (prerender(), beside the widget's script).
  const write =
    view === 'banner' && lang === config.languages[0]
      ? `<script type="module">
const host = document.querySelector('cookie-charter');
for (let frame = 0; frame < 600 && !host?.shadowRoot?.querySelector('[part~="banner"]'); frame++) await new Promise(requestAnimationFrame);
const { prerender } = await import(${JSON.stringify(new URL('cookie-charter-prerender.js', widget).href)});
parent.postMessage({ cookieCharterWritten: prerender(host) }, '*');
</script>`
      : '';
  const embeds = config.entries
    .filter((entry) => services.find((service) => service.id === entry.service)?.tag?.kind === 'embed')
    .map((entry) => {
      const gate = ENTRY_ID.test(entry.id) ? entry.id : entry.category;
      const name = texts.preview.video(entry.provider || entry.id);
      const stand = `<p style="font: 1rem system-ui; margin: 1rem">${escapeAttribute(name)}</p>`;
      return `<template data-consent="${escapeAttribute(gate)}"><iframe srcdoc="${escapeAttribute(stand)}" title="${escapeAttribute(name)}" width="560" height="315"></iframe></template>`;
    });
  const open =
    view === 'dialog' ? '<script>(window.cookieCharter = window.cookieCharter || []).push(function (api) { api.open(); });</script>' : '';
  return `<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(texts.preview.page)}</title>
<style>body { margin: 0; padding: 1rem; font: 1rem/1.5 system-ui, sans-serif; color: #161616; background: #f6f6f6; } iframe { border: 0; max-width: 100%; background: #fff; } footer { margin-top: 1rem; }</style>
</head>
<body>
${charterHtml(config)}
<main><p>${escapeAttribute(config.platform || texts.preview.page)}</p>${embeds.join('')}</main>
<footer><a href="#" data-cookie-charter-open>${OPEN_LINK[lang]}</a></footer>
${open}<script src="${escapeAttribute(widget)}"></script>
${write}
</body>
</html>`;
}
