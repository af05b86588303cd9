// Page-side sources that run.js evaluates in the page or injects before any of the page's scripts.
// They are plain strings: they run in the page, never in Node. `find` arguments are page-side sources
// of functions returning an element (systems.js).

const TIMEOUT_MS = 20_000;

/** Whether the element given by `find()` is drawn: non-zero box, not hidden, not transparent. */
const drawnSource = (find) => `(() => {
  const el = (${find})();
  if (!el || !el.isConnected) return false;
  const box = el.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return false;
  if (getComputedStyle(el).visibility === 'hidden') return false;
  for (let node = el; node; node = node.parentElement || node.getRootNode().host) {
    if (Number(getComputedStyle(node).opacity) === 0) return false;
  }
  return true;
})()`;

/** Whether the element given by `find()` is on screen: drawn, and its box within the viewport. */
export const visibleSource = (find) => `(() => {
  const el = (${find})();
  if (!el || !el.isConnected) return false;
  const box = el.getBoundingClientRect();
  if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return false;
  return ${drawnSource(find)};
})()`;

/** The User Timing mark of the first frame where the banner is visible, which a trace records. */
export const BANNER_MARK = 'bench-banner-visible';

/** Run before any script of the page: stamps (and marks) the first frame where the banner is visible. */
export const stampSource = (find) => `(() => {
  const visible = () => { try { return ${visibleSource(find)}; } catch { return false; } };
  const tick = () => {
    if (visible()) window.__benchBannerAt = performance.mark('${BANNER_MARK}').startTime;
    else if (performance.now() < ${TIMEOUT_MS}) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Run before any script of the page: keeps the latest largest-contentful-paint candidate. */
export const lcpWatchSource = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__benchLcp = entry;
}).observe({ type: 'largest-contentful-paint', buffered: true });`;

/**
 * Run before any script of the page: adds up the layout shifts not caused by input (the page's
 * cumulative layout shift, as one session), and those of them where the system's banner, or its host
 * element, is one of the nodes that moved: what a consent banner must never cause.
 */
export const layoutShiftWatchSource = (find) => `window.__benchLayoutShift = 0;
window.__benchBannerShift = 0;
new PerformanceObserver((list) => {
  const banner = (() => { try { return (${find})(); } catch { return null; } })();
  const host = banner && banner.getRootNode().host;
  const inBanner = (node) => {
    for (let at = node; at; at = at.parentNode || at.host) if (at === banner || at === host) return true;
    return false;
  };
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__benchLayoutShift += entry.value;
    if ((entry.sources || []).some((source) => source.node && inBanner(source.node))) window.__benchBannerShift += entry.value;
  }
}).observe({ type: 'layout-shift', buffered: true });`;

/** Run before any script of the page: keeps the duration of every task over 50 ms. */
export const longTaskWatchSource = `window.__benchLongTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });`;

/**
 * Run before any script of the page: keeps every Event Timing entry of 16 ms or more (the API's
 * lowest threshold): input events with the time from the input to the next paint after their handlers.
 */
export const eventTimingWatchSource = `window.__benchEvents = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    window.__benchEvents.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId });
}).observe({ type: 'event', durationThreshold: 16, buffered: true });`;

/**
 * Whether the page's largest contentful paint so far is the banner, or inside it (shadow roots
 * crossed; an element reported as a shadow host counts when the banner is inside it).
 */
export const bannerIsLcpSource = (find) => `(() => {
  const entry = window.__benchLcp;
  const banner = (${find})();
  if (!entry || !entry.element || !banner) return false;
  if (entry.element.shadowRoot && entry.element.shadowRoot.contains(banner)) return true;
  for (let node = entry.element; node; node = node.parentNode || node.host) if (node === banner) return true;
  return false;
})()`;

/**
 * The centre of the element given by `find()`, in the viewport, and whether a click there reaches it
 * (the deepest element at that point, shadow roots crossed, is the element or inside it).
 */
export const centreSource = (find) => `(() => {
  const el = (${find})();
  if (!el) return null;
  const box = el.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  let hit = document.elementFromPoint(x, y);
  while (hit && hit.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  let reaches = false;
  for (let node = hit; node; node = node.parentNode || node.host) if (node === el) reaches = true;
  return { x, y, reaches };
})()`;

/**
 * Arms a watch for the next pointerdown: from it, stamps the first animation frame where the dialog
 * is on screen with its switch drawn (`__benchDialogMs`, milliseconds after the pointerdown).
 */
export const dialogWatchSource = (dialog, toggle) => `(() => {
  const ready = () => { try { return ${visibleSource(dialog)} && ${drawnSource(toggle)}; } catch { return false; } };
  addEventListener('pointerdown', (event) => {
    const start = event.timeStamp;
    const tick = () => {
      if (ready()) window.__benchDialogMs = performance.now() - start;
      else if (performance.now() - start < ${TIMEOUT_MS}) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, { capture: true, once: true });
})()`;

/** Arms a watch for the next pointerdown: keeps its timestamp (`__benchPointerDownAt`). */
export const pointerDownWatchSource = `addEventListener('pointerdown', (event) => { window.__benchPointerDownAt = event.timeStamp; }, { capture: true, once: true });`;

/**
 * The slowest Event Timing entry of the interaction that began at the last pointerdown: its
 * duration, from the input to the next paint after its handlers, and the event's name; null when
 * every event of it was under 16 ms.
 */
export const interactionSource = `(() => {
  const start = window.__benchPointerDownAt;
  const entries = (window.__benchEvents || []).filter((e) => e.startTime >= start - 1 && e.interactionId > 0);
  if (!entries.length) return null;
  const slowest = entries.reduce((a, b) => (b.duration > a.duration ? b : a));
  return { ms: slowest.duration, name: slowest.name };
})()`;

/**
 * Times the system's query in a tight loop, without throttling. The expression is written into its
 * own loop (a fresh function, so the engine may inline it as in a page's hot code). After 1,000 warm-up
 * calls, the loop makes `calls` calls, or fewer when that would take over `budgetMs` (reading
 * `document.cookie` costs tens of microseconds), never fewer than 1,000. The baseline is the same loop
 * around the cheapest query there is: reading a global flag.
 */
export const querySource = (query, calls, budgetMs) => `(() => {
  const loop = (expression) => new Function('n', 'let hits = 0; for (let i = 0; i < n; i++) { if (' + expression + ') hits++; } return hits;');
  const time = (run) => {
    const warm = performance.now();
    run(1000);
    const perCall = (performance.now() - warm) / 1000;
    const n = Math.max(1000, Math.min(${calls}, Math.floor(${budgetMs} / Math.max(perCall, 1e-9))));
    const start = performance.now();
    const hits = run(n);
    return { ns: ((performance.now() - start) * 1e6) / n, calls: n, hits };
  };
  const measured = time(loop(${JSON.stringify(query)}));
  window.__benchFlag = true;
  const baseline = time(loop('window.__benchFlag === true'));
  return { value: (${query}), ns: measured.ns, calls: measured.calls, hits: measured.hits, baselineNs: baseline.ns };
})()`;
