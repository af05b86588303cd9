import { CATEGORIES } from '../receipt.js';
import { KINDS, share, type RevisionTally } from '../tally.js';
import { escapeHtml as e, jsonInHtml } from './html.js';
import { TEXTS } from './texts.js';

/** The dashboard's Content-Security-Policy: its own files only, no inline script or style, no frame. */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const shell = (title: string, body: string, scripts: boolean) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<link rel="stylesheet" href="/assets/dashboard.css">
${scripts ? '<script src="/assets/dashboard.js" defer></script>\n' : ''}</head>
<body>
${body}
</body>
</html>
`;

/** The sign-in form: the token goes in a POST body, never in a URL. */
export function signInPage(wrong: boolean): string {
  return shell(
    `${TEXTS.signInTitle} · ${TEXTS.title}`,
    `<main class="sign-in">
<h1>${e(TEXTS.title)}</h1>
<p>${e(TEXTS.signInIntro)}</p>
<form method="post" action="/sign-in">
${wrong ? `<p class="problem" role="alert" id="problem">${e(TEXTS.wrongToken)}</p>\n` : ''}<label for="token">${e(TEXTS.tokenLabel)}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${wrong ? ' aria-describedby="problem" aria-invalid="true"' : ''}>
<button type="submit">${e(TEXTS.signIn)}</button>
</form>
</main>`,
    false,
  );
}

export interface DashboardView {
  from: string;
  to: string;
  origin: string | null;
  origins: string[];
  tallies: RevisionTally[];
  shortened: number | null;
}

const cell = (part: number, whole: number) => {
  const percent = share(part, whole);
  return `${part}${percent === null ? '' : ` (${percent.toFixed(1)} %)`}`;
};

/** The query string of the current period, for the export links. */
const periodQuery = (view: DashboardView) =>
  new URLSearchParams({ from: view.from, to: view.to, ...(view.origin ? { origin: view.origin } : {}) }).toString();

const dayTime = (day: string) => Date.parse(`${day}T12:00:00Z`) / 1000;

interface Chart {
  x: number[];
  series: Array<{ label: string; values: Array<number | null> }>;
}

function revisionSection(tally: RevisionTally, index: number, charts: Record<string, Chart>): string {
  const days = tally.days;
  const x = days.map((day) => dayTime(day.day));
  const id = `revision-${index}`;

  charts[`${id}-kinds`] = {
    x,
    series: KINDS.map((kind) => ({ label: TEXTS.kinds[kind], values: days.map((day) => share(day.kinds[kind], day.answers)) })),
  };
  charts[`${id}-categories`] = {
    x,
    series: CATEGORIES.map((category) => ({
      label: category,
      values: days.map((day) => share(day.categories[category].allowed, day.categories[category].answered)),
    })),
  };
  const objected = [...new Set(days.flatMap((day) => Object.keys(day.objections)))].sort();
  if (objected.length)
    charts[`${id}-objections`] = {
      x,
      series: objected.map((entry) => ({ label: entry, values: days.map((day) => share(day.objections[entry] ?? 0, day.answers)) })),
    };

  const figure = (chart: string, caption: string, head: string[], rows: string[][]) => `<div class="pair">
<figure>
<figcaption id="${chart}-caption">${e(caption)}</figcaption>
<div class="chart" data-chart="${chart}" aria-hidden="true"></div>
</figure>
<div class="table" tabindex="0" role="region" aria-labelledby="${chart}-caption">
<table aria-labelledby="${chart}-caption">
<thead><tr>${head.map((text) => `<th scope="col">${e(text)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map(([first, ...rest]) => `<tr><th scope="row">${e(first)}</th>${rest.map((text) => `<td>${e(text)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
</div>
</div>`;

  return `<section aria-labelledby="${id}">
<h2 id="${id}">${e(TEXTS.revision(tally.revision))}</h2>
${figure(
  `${id}-kinds`,
  TEXTS.kindsCaption,
  [TEXTS.day, TEXTS.answers, ...KINDS.map((kind) => TEXTS.kinds[kind])],
  days.map((day) => [day.day, String(day.answers), ...KINDS.map((kind) => cell(day.kinds[kind], day.answers))]),
)}
${figure(
  `${id}-categories`,
  TEXTS.categoriesCaption,
  [TEXTS.day, ...CATEGORIES],
  days.map((day) => [
    day.day,
    ...CATEGORIES.map((category) =>
      day.categories[category].answered
        ? `${cell(day.categories[category].allowed, day.categories[category].answered)} of ${day.categories[category].answered}`
        : '–',
    ),
  ]),
)}
${
  objected.length
    ? figure(
        `${id}-objections`,
        TEXTS.objectionsCaption,
        [TEXTS.day, TEXTS.answers, ...objected],
        days.map((day) => [day.day, String(day.answers), ...objected.map((entry) => cell(day.objections[entry] ?? 0, day.answers))]),
      )
    : `<p>${e(TEXTS.noObjections)}</p>`
}
</section>`;
}

/** The dashboard: the period's form, the exports, then per revision three charts, each with its table. */
export function dashboardPage(view: DashboardView): string {
  const charts: Record<string, Chart> = {};
  const sections = view.tallies.map((tally, index) => revisionSection(tally, index, charts));
  const query = periodQuery(view);
  return shell(
    TEXTS.title,
    `<header>
<h1>${e(TEXTS.title)}</h1>
<form method="post" action="/sign-out"><button type="submit">${e(TEXTS.signOut)}</button></form>
</header>
<main>
<form class="period" method="get" action="/">
<fieldset>
<legend>${e(TEXTS.period)}</legend>
<label for="from">${e(TEXTS.from)}</label> <input id="from" name="from" type="date" value="${e(view.from)}" required>
<label for="to">${e(TEXTS.to)}</label> <input id="to" name="to" type="date" value="${e(view.to)}" required>
<label for="origin">${e(TEXTS.portal)}</label> <select id="origin" name="origin">
<option value="">${e(TEXTS.allPortals)}</option>
${view.origins.map((origin) => `<option value="${e(origin)}"${origin === view.origin ? ' selected' : ''}>${e(origin)}</option>`).join('\n')}
</select>
<button type="submit">${e(TEXTS.show)}</button>
</fieldset>
</form>
${view.shortened ? `<p class="problem" role="status">${e(TEXTS.periodTooLong(view.shortened))}</p>` : ''}
<p>${e(TEXTS.exports)} <a href="/export.csv?${e(query)}">CSV</a>, <a href="/export.json?${e(query)}">JSON</a>.</p>
<form class="visitor" method="get" action="/export.json">
<fieldset>
<legend>${e(TEXTS.oneVisitor)}</legend>
<label for="id">${e(TEXTS.choiceId)}</label> <input id="id" name="id" required pattern="[a-z0-9]{6,32}" autocomplete="off" spellcheck="false">
<button type="submit">${e(TEXTS.find)}</button>
</fieldset>
</form>
<p class="rule">${e(TEXTS.counting)}</p>
${sections.length ? sections.join('\n') : `<p>${e(TEXTS.nothing)}</p>`}
</main>
<script type="application/json" id="charts">${jsonInHtml(charts)}</script>`,
    true,
  );
}
