// The results of run.js as Markdown: medians per page, network profile and system, their tables, and
// the targets table (the model profile's figures, cookie-charter beside the fastest peer and the floor).
import { networks } from './network.js';

const ACCEPT_THRESHOLD_MS = 16; // the Event Timing API reports no event shorter than this

const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fmt = (value, digits = 0) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const kb = (bytes) =>
  bytes === null || bytes === undefined ? '–' : bytes >= 1000 ? `${(bytes / 1000).toFixed(1)} kB` : `${Math.round(bytes)} B`;
const pathOf = (url) => new URL(url).pathname + new URL(url).search;
const isPeer = (name) => !name.startsWith('cookie-charter') && name !== 'floor';

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

const TYPES = ['document', 'script', 'stylesheet', 'font', 'image'];
const typeOf = (file) => (TYPES.includes(file.type) ? file.type : 'other');

/** Medians over the rounds of one system on one page under one profile. */
function mediansOf(system, page, network, runs, { rounds, versionOf, inlineSizes }) {
  const all = runs.filter((run) => run.system === system.name && run.page === page && run.network === network);
  const ok = all.filter((run) => !run.error);
  const pick = (get) => median(ok.map(get));
  const inline = inlineSizes(system);
  const dialogs = ok.filter((r) => r.dialogMs !== undefined);
  const accepts = ok.map((r) => (r.acceptPaint ? r.acceptPaint.ms : 0));
  const weight = {};
  for (const type of [...TYPES, 'other'])
    weight[type] = {
      files: pick((r) => [r.first.bytes.document, ...r.first.bytes.page].filter((f) => f && typeOf(f) === type).length),
      raw: pick((r) =>
        [r.first.bytes.document, ...r.first.bytes.page].filter((f) => f && typeOf(f) === type).reduce((s, f) => s + f.raw, 0),
      ),
      brotli: pick((r) =>
        [r.first.bytes.document, ...r.first.bytes.page].filter((f) => f && typeOf(f) === type).reduce((s, f) => s + f.brotli, 0),
      ),
      transferred: pick((r) =>
        [r.first.bytes.document, ...r.first.bytes.page]
          .filter((f) => f && typeOf(f) === type)
          .reduce((s, f) => s + (f.transferred ?? 0), 0),
      ),
    };
  const files = (list) =>
    list?.map(({ url, type, raw, gzip, brotli, transferred }) => ({ url: pathOf(url), type, raw, gzip, brotli, transferred }));
  const errors = [...new Set(all.filter((r) => r.error).map((r) => r.error.split('\n')[0]))];
  const dialogErrors = [...new Set(ok.filter((r) => r.dialogError).map((r) => r.dialogError))];
  return {
    system: system.name,
    version: versionOf(system),
    page,
    network,
    rounds,
    ok: ok.length,
    files: pick((r) => r.first.bytes.files.length),
    raw: pick((r) => r.first.bytes.raw),
    gzip: pick((r) => r.first.bytes.gzip),
    brotli: pick((r) => r.first.bytes.brotli),
    transferred: pick((r) => r.first.bytes.transferred),
    inlineRaw: inline.raw,
    inlineGzip: inline.gzip,
    inlineBrotli: inline.brotli,
    bannerMs: pick((r) => r.bannerMs),
    dialogMs: median(dialogs.map((r) => r.dialogMs)),
    dialogRounds: dialogs.length,
    dialogBrotli: median(dialogs.map((r) => r.dialogBytes?.brotli)),
    dialogTransferred: median(dialogs.map((r) => r.dialogBytes?.transferred)),
    dialogNote: system.noDialog ?? (dialogErrors.length ? dialogErrors.join('; ') : null),
    // Under the API's threshold counts as 0 here, and shows as "<16" when the median is.
    acceptPaintMs: median(accepts),
    acceptPaintUnder: ok.filter((r) => !r.acceptPaint).length,
    acceptPaintEvents: [...new Set(ok.filter((r) => r.acceptPaint).map((r) => r.acceptPaint.name))],
    bannerIsLcp: ok.filter((r) => r.bannerIsLcp).length,
    layoutShift: pick((r) => r.layoutShift),
    bannerShift: pick((r) => r.bannerShift),
    firstLongTaskRounds: ok.filter((r) => r.firstLongTasks?.length).length,
    firstLongestTaskMs: pick((r) => Math.max(0, ...(r.firstLongTasks ?? []))),
    returningLongTaskRounds: ok.filter((r) => r.returningLongTasks?.length).length,
    returningLongestTaskMs: pick((r) => Math.max(0, ...(r.returningLongTasks ?? []))),
    scriptMs: pick((r) => r.first.scriptMs),
    taskMs: pick((r) => r.first.taskMs),
    scriptCpuMs: pick((r) => r.first.scriptCpuMs),
    returningFiles: pick((r) => r.returning.bytes.files.length),
    returningRaw: pick((r) => r.returning.bytes.raw),
    returningGzip: pick((r) => r.returning.bytes.gzip),
    returningBrotli: pick((r) => r.returning.bytes.brotli),
    returningTransferred: pick((r) => r.returning.bytes.transferred),
    returningScriptMs: pick((r) => r.returning.scriptMs),
    returningTaskMs: pick((r) => r.returning.taskMs),
    returningScriptCpuMs: pick((r) => r.returning.scriptCpuMs),
    returningOwnMs: pick((r) => r.returningOwn?.wallMs),
    returningOwnCpuMs: pick((r) => r.returningOwn?.cpuMs),
    returningOwnSampledMs: pick((r) => r.returningOwnSampledMs),
    tbtMs: pick((r) => r.blocking?.tbtMs),
    ownTbtMs: pick((r) => r.blocking?.ownTbtMs),
    tasksTbtMs: pick((r) => r.blocking?.tasksTbtMs),
    longestOwnTaskMs: pick((r) => r.blocking?.longestOwnTaskMs),
    firstOwnSampledMs: pick((r) => r.blocking?.ownScriptMs),
    beforeBannerOwnMs: pick((r) => r.blocking?.beforeBanner?.ownMs),
    beforeBannerPageMs: pick((r) => r.blocking?.beforeBanner?.pageMs),
    tracedLongTasks: pick((r) => r.blocking?.longTasks),
    queryCalls: pick((r) => r.query.calls),
    nsPerQuery: pick((r) => r.query.ns),
    baselineNs: pick((r) => r.query.baselineNs),
    cookieBytes: pick((r) => r.cookie.bytes),
    cookieNames: system.cookies.join(', '),
    query: system.query,
    firstVisitFiles: files(ok[0]?.first.bytes.files),
    dialogFilesList: files(dialogs[0]?.dialogBytes?.files),
    returningFilesList: files(ok[0]?.returning.bytes.files),
    pageWeight: weight,
    errors,
    warnings: [
      ...new Set(
        ok.flatMap((r) =>
          [
            !r.first.bannerShown && 'banner not visible after the first-visit settle',
            r.returning.bannerShown && 'banner visible to a returning visitor',
            !r.first.settled && 'first visit did not settle within 10 s',
            !r.returning.settled && 'returning visit did not settle within 10 s',
          ].filter(Boolean),
        ),
      ),
    ],
  };
}

const acceptText = (m) => (m.ok === 0 ? '–' : m.acceptPaintMs < ACCEPT_THRESHOLD_MS ? `<${ACCEPT_THRESHOLD_MS}` : fmt(m.acceptPaintMs));
const dialogText = (m) => (m.dialogRounds ? fmt(m.dialogMs) : '–');
const profileText = (name) => {
  const profile = networks[name];
  return profile
    ? `${profile.latencyMs} ms latency, ${profile.downMbps} Mbit/s down, ${profile.upMbps} Mbit/s up`
    : 'no emulation (loopback)';
};

/** The tables of one page under one profile. */
function section(page, network, medians) {
  const base = medians.find((m) => m.system === 'cookie-charter');
  const portal = page !== 'tiny';
  const parts = [`## ${page} page, ${network} network (${profileText(network)})`, ''];
  parts.push(
    table(
      [
        'system',
        'version',
        'files',
        'bytes brotli',
        'bytes on the wire',
        'inline config brotli',
        'banner visible ms',
        '"Personnaliser" → dialog ms',
        'bytes for the dialog brotli',
        '"Tout accepter" → next paint ms',
        portal ? 'first-visit script ms (whole page)' : 'first-visit script ms',
        'ok rounds',
      ],
      medians.map((m) => [
        m.system,
        m.version,
        fmt(m.files),
        kb(m.brotli),
        kb(m.transferred),
        kb(m.inlineBrotli),
        fmt(m.bannerMs),
        dialogText(m),
        m.dialogRounds ? kb(m.dialogBrotli) : '–',
        acceptText(m),
        fmt(m.scriptMs, 1),
        `${m.ok}/${m.rounds}`,
      ]),
    ),
    '',
    table(
      [
        'system',
        'returning files',
        'returning bytes brotli',
        'returning bytes on the wire',
        portal ? 'returning script ms (whole page)' : 'returning script ms',
        'returning own script ms (traced)',
        'returning own script ms (sampled)',
        'ns per query',
        'cookie bytes',
      ],
      medians.map((m) => [
        m.system,
        fmt(m.returningFiles),
        kb(m.returningBrotli),
        kb(m.returningTransferred),
        fmt(m.returningScriptMs, 1),
        fmt(m.returningOwnMs, 1),
        fmt(m.returningOwnSampledMs, 1),
        fmt(m.nsPerQuery, 1),
        fmt(m.cookieBytes),
      ]),
    ),
    '',
  );
  if (portal)
    parts.push(
      table(
        [
          'system',
          'page TBT ms',
          "system's part of TBT ms",
          'TBT of the tasks it runs in ms',
          "system's longest own task ms",
          'first-visit own script ms (sampled)',
          'long tasks (traced)',
        ],
        medians.map((m) => [
          m.system,
          fmt(m.tbtMs),
          fmt(m.ownTbtMs),
          fmt(m.tasksTbtMs),
          fmt(m.longestOwnTaskMs),
          fmt(m.firstOwnSampledMs, 1),
          fmt(m.tracedLongTasks),
        ]),
      ),
      '',
    );
  parts.push(
    table(
      [
        'system',
        'bytes raw',
        'bytes gzip',
        'first-visit script CPU ms',
        'returning script CPU ms',
        'returning own script CPU ms',
        'own CPU ÷ cookie-charter',
        'banner is the LCP',
        'first-visit long tasks',
        'first-visit longest task ms',
        'returning long tasks',
        'returning longest task ms',
        'first-visit task ms',
        'returning task ms',
        'returning bytes gzip',
        'dialog rounds',
        'accept under 16 ms',
        'query calls timed',
        'query loop baseline ns',
        'cookies after "accept all"',
      ],
      medians.map((m) => [
        m.system,
        kb(m.raw),
        kb(m.gzip),
        fmt(m.scriptCpuMs, 1),
        fmt(m.returningScriptCpuMs, 1),
        fmt(m.returningOwnCpuMs, 1),
        m === base
          ? '1.00×'
          : m.returningOwnCpuMs !== null && base?.returningOwnCpuMs
            ? `${(m.returningOwnCpuMs / base.returningOwnCpuMs).toFixed(2)}×`
            : '–',
        `${m.bannerIsLcp}/${m.ok}`,
        `${m.firstLongTaskRounds}/${m.ok}`,
        fmt(m.firstLongestTaskMs),
        `${m.returningLongTaskRounds}/${m.ok}`,
        fmt(m.returningLongestTaskMs),
        fmt(m.taskMs, 1),
        fmt(m.returningTaskMs, 1),
        kb(m.returningGzip),
        m.dialogNote && !m.dialogRounds ? `– (${m.dialogNote})` : `${m.dialogRounds}/${m.ok}`,
        `${m.acceptPaintUnder}/${m.ok}`,
        fmt(m.queryCalls),
        fmt(m.baselineNs, 1),
        m.cookieNames,
      ]),
    ),
    '',
  );
  return parts.join('\n');
}

/** The files each system fetched on one page (the first profile's first good round). */
function fileList(medians) {
  const list = (files) => files?.map((f) => `\`${f.url}\` (${kb(f.raw)} raw, ${kb(f.brotli)} br)`).join(', ') || 'none';
  return medians
    .map(
      (m) =>
        `- ${m.system}: ${list(m.firstVisitFiles)}` +
        (m.dialogFilesList ? `; for the dialog: ${list(m.dialogFilesList)}` : '') +
        (m.returningFilesList && m.returningFilesList.length !== m.firstVisitFiles?.length
          ? `; returning: ${m.returningFilesList.map((f) => `\`${f.url}\``).join(', ') || 'none'}`
          : ''),
    )
    .join('\n');
}

/** The portal page's own weight by type of file, first visit (the system's files left out). */
function weightTable(medians) {
  const types = [...TYPES, 'other'];
  const at = (type, key) => median(medians.map((m) => m.pageWeight[type][key]));
  const rows = types.map((type) => [
    type,
    fmt(at(type, 'files')),
    kb(at(type, 'raw')),
    kb(at(type, 'brotli')),
    kb(at(type, 'transferred')),
  ]);
  const sum = (key) => types.reduce((s, type) => s + (at(type, key) ?? 0), 0);
  rows.push(['total', fmt(sum('files')), kb(sum('raw')), kb(sum('brotli')), kb(sum('transferred'))]);
  return table(['type', 'files', 'raw', 'brotli (harness)', 'on the wire'], rows);
}

/** cookie-charter's figures under the model profile beside the best peer's and the floor's. */
function targets(medians, pages) {
  const rows = [];
  for (const page of pages) {
    const here = medians.filter((m) => m.page === page && m.network === 'model' && m.ok > 0);
    const cc = here.find((m) => m.system === 'cookie-charter');
    const floor = here.find((m) => m.system === 'floor');
    const figures = [
      ['banner visible ms', (m) => m.bannerMs, fmt],
      ["system's script before its banner showed ms (sampled)", (m) => m.beforeBannerOwnMs, (v) => fmt(v, 1)],
      ['"Personnaliser" → dialog ms', (m) => (m.dialogRounds ? m.dialogMs : null), fmt],
      ['"Tout accepter" → next paint ms', (m) => m.acceptPaintMs, (v) => (v === null ? '–' : v < ACCEPT_THRESHOLD_MS ? '<16' : fmt(v))],
      ...(page !== 'tiny'
        ? [
            ["system's part of TBT ms", (m) => m.ownTbtMs, fmt],
            ["system's longest own task ms", (m) => m.longestOwnTaskMs, fmt],
          ]
        : []),
      ['layout shift of the first visit (CLS, until "Tout accepter")', (m) => m.layoutShift, (v) => fmt(v, 3)],
      ['  of which the banner moved', (m) => m.bannerShift, (v) => fmt(v, 3)],
      ['returning bytes brotli', (m) => m.returningBrotli, kb],
      page !== 'tiny'
        ? ['returning own script ms (sampled)', (m) => m.returningOwnSampledMs, (v) => fmt(v, 1)]
        : ['returning script ms', (m) => m.returningScriptMs, (v) => fmt(v, 1)],
    ];
    for (const [label, get, show] of figures) {
      const peers = here.filter((m) => isPeer(m.system) && get(m) !== null);
      const best = peers.reduce((a, b) => (a === null || get(b) < get(a) ? b : a), null);
      rows.push([
        page,
        label,
        cc ? show(get(cc)) : '–',
        best ? `${show(get(best))} (${best.system})` : '–',
        floor ? show(get(floor)) : '–',
      ]);
    }
  }
  return table(['page', 'figure', 'cookie-charter', 'fastest peer', 'floor'], rows);
}

/**
 * Banner visible, round by round (model network): cookie-charter's time minus each peer's and the
 * floor's in the same round, and the median of those differences (negative: cookie-charter first).
 */
export function bannerRace(runs, pages, names) {
  const rows = [];
  for (const page of pages) {
    const at = (system) =>
      new Map(
        runs.filter((r) => !r.error && r.page === page && r.network === 'model' && r.system === system).map((r) => [r.round, r.bannerMs]),
      );
    const ours = at('cookie-charter');
    for (const other of names.filter((name) => name !== 'cookie-charter')) {
      const theirs = at(other);
      const diffs = [...ours].filter(([round]) => theirs.has(round)).map(([round, ms]) => ms - theirs.get(round));
      if (!diffs.length) continue;
      rows.push([
        page,
        other,
        fmt(median(diffs)),
        `${diffs.filter((d) => d <= 0).length}/${diffs.length}`,
        diffs.map((d) => fmt(d)).join(' '),
      ]);
    }
  }
  return table(['page', 'against', 'median difference ms', 'rounds ≤ 0', 'each round'], rows);
}

/** Medians of every system on every page and profile, and the Markdown report of them. */
export function report({ environment, systems, runs, versionOf, inlineSizes }) {
  const e = environment;
  const profiles = Object.keys(e.networks);
  const medians = e.pages.flatMap((page) =>
    profiles.flatMap((network) =>
      systems.map((system) => mediansOf(system, page, network, runs, { rounds: e.rounds, versionOf, inlineSizes })),
    ),
  );
  const text = [
    '# Consent banner benchmark',
    '',
    `${e.date} · Node ${e.node} · ${e.chromium} · ${e.cpu} × ${e.cores} cores · ${e.rounds} rounds (medians) · CPU throttled ${e.throttle}× · ` +
      `pages: ${e.pages.join(', ')} · networks: ${profiles.map((name) => `${name} (${profileText(name)})`).join(', ')} · ` +
      `up to ${e.calls.toLocaleString('en')} query calls · ${Math.round(e.seconds / 60)} min`,
    '',
  ];
  if (profiles.includes('model'))
    text.push(
      '## Targets (model network)',
      '',
      targets(medians, e.pages),
      '',
      "Banner visible, cookie-charter's time minus the other's, round by round:",
      '',
      bannerRace(
        runs,
        e.pages,
        systems.map((system) => system.name),
      ),
      '',
    );
  for (const page of e.pages)
    for (const network of profiles)
      text.push(
        section(
          page,
          network,
          medians.filter((m) => m.page === page && m.network === network),
        ),
      );
  for (const page of e.pages) {
    const first = medians.filter((m) => m.page === page && m.network === profiles[0]);
    text.push(`Files fetched on a first visit of the ${page} page (${profiles[0]} network):`, '', fileList(first), '');
    if (page !== 'tiny')
      text.push(`The ${page} page's own files, first visit (${profiles[0]} network, medians over systems):`, '', weightTable(first), '');
  }
  text.push(
    'Bytes: every HTTP response of the system (its files, not the page itself nor the portal page\'s own files), served brotli-compressed with `no-store` (a returning visit fetches again); "brotli" and "gzip" are the harness\'s own compression of each body (brotli 11, gzip 9), "on the wire" the bytes CDP counted (`encodedDataLength`, headers included).',
    'Inline config: the system\'s tags and configuration written in the page (not counted in "bytes"), compressed alone.',
    'Banner visible ms: performance.now() at the first animation frame where the banner has a non-zero box in the viewport, is not visibility:hidden and has no opacity:0 ancestor.',
    '"Personnaliser" → dialog ms: after the first visit settled, the pointer moves to the button\'s centre and presses it (CDP Input); from the pointerdown to the first animation frame where the preferences dialog is on screen with a switch drawn. Bytes for the dialog: the system\'s files fetched from the click until the page settled again.',
    '"Tout accepter" → next paint ms: the same real click on "accept all", 4× throttled; the longest Event Timing entry of that interaction (input to the next paint after its handlers). Under 16 ms, the API reports none: "<16".',
    'Script/task ms: CDP Performance.getMetrics ScriptDuration/TaskDuration (wall time) once the page settled (nothing in flight and the main thread under 5 ms busy for 500 ms); "CPU ms": the same metric in the main thread\'s CPU time (threadTicks). On the portal page they cover the whole page.',
    "Returning own script ms (traced): a further returning visit, traced: the outermost JavaScript events on the page's main thread, wall time and thread CPU time, leaving out the browser's own chrome:// scripts (the tiny page only, where the system's is the only script). Sampled: in the same trace, the time V8's sampling profiler found running the system's files or its inline tags.",
    "System's script before its banner showed: in the traced first visit below, the time V8's sampling profiler found running the system's files or inline tags before the first frame where its banner was on screen (a User Timing mark set by the probe).",
    "TBT (portal pages): a further first visit, traced, from the page's first parse task until it settled: the sum over main-thread tasks of (duration − 50 ms). System's part: in each long task, the system's sampled script time, at most that task's blocking time. Tasks it runs in: the blocking time of every long task where any of its code was sampled. Longest own task: the longest task where its code was most of the script sampled.",
    'Layout shift: on the same first visit, the sum of the layout-shift entries not caused by input (PerformanceObserver "layout-shift"), from navigation until just before "accept all": the page\'s CLS as one session; "of which the banner moved": the entries where the banner or its host element is one of the nodes that shifted.',
    'Banner is the LCP: rounds where the first visit\'s largest contentful paint, just before "accept all", was the banner or inside it.',
    'Long tasks: rounds where the page ran at least one main-thread task over 50 ms (PerformanceObserver "longtask", from navigation until the page settled; the first visit\'s until just before "accept all"), and the median over rounds of the longest one (0 when there was none).',
    'ns per query: one evaluation of the system\'s "is statistics allowed?" expression inside a tight loop, unthrottled, loop included; baseline: the same loop reading a global flag.',
    '',
  );
  const warnings = medians.flatMap((m) => [
    ...m.warnings.map((w) => `${m.system} (${m.page}/${m.network}): ${w}`),
    ...m.errors.map((w) => `${m.system} (${m.page}/${m.network}) failed: ${w}`),
    ...(m.dialogNote && !m.system.includes('floor') && !m.dialogRounds && !systems.find((s) => s.name === m.system)?.noDialog
      ? [`${m.system} (${m.page}/${m.network}): no dialog timing: ${m.dialogNote}`]
      : []),
  ]);
  return { text: text.join('\n'), medians, warnings };
}
