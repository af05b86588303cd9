// `npm run bench --workspace packages/receipts`: load, faults, hostile input and access, on PGlite and
// on a PostgreSQL server started here. Everything runs on 127.0.0.1; results go to bench/results.json
// and are printed as the README's tables. BENCH_SECONDS shortens the load (60 s by default).
import { writeFileSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { migrate, openPglite, openPostgres } from '../dist/index.js';
import { exported, freePort, ORIGIN, post, receipt, startPostgres, startReceiver, temporary, TOKEN } from '../test/helpers.js';
import { hostileRequest, slowRequest } from '../test/hostile.js';

const SECONDS = Number(process.env.BENCH_SECONDS || 60);
const CONNECTIONS = 50;
const results = { date: new Date().toISOString(), node: process.version, cores: (await import('node:os')).cpus().length, seconds: SECONDS };
const say = (text) => process.stderr.write(`${text}\n`);
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

let serial = 0;
/** A receipt no one sent before: every 204 must be one more row. */
const uniqueBody = () => {
  const id = `b${(serial++).toString(36).padStart(9, '0')}`;
  return { id, body: JSON.stringify(receipt({ id, date: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString() })) };
};

/** One POST on a kept-alive connection; resolves with its status (0 when the connection failed). */
function send(agent, url, body) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        hostname,
        port,
        method: 'POST',
        path: '/receipts',
        headers: { Origin: ORIGIN, 'Content-Type': 'text/plain;charset=UTF-8', 'Content-Length': Buffer.byteLength(body) },
        timeout: 15_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end(body);
  });
}

const rssOf = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  } catch {
    return 0;
  }
};

/**
 * CONNECTIONS loops, each sending unique receipts one after another for `seconds`, against whatever
 * `target()` gives (so that a fault can replace the receiver); records every status and latency.
 */
async function load(target, seconds, { pid } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies = [];
  const statuses = {};
  const stored = [];
  let maxRss = 0;
  const sampler = pid && setInterval(() => (maxRss = Math.max(maxRss, rssOf(pid()))), 500);
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const { id, body } = uniqueBody();
        const started = performance.now();
        const status = await send(agent, target(), body);
        latencies.push(performance.now() - started);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 204) stored.push(id);
        if (status !== 204) await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }),
  );
  if (sampler) clearInterval(sampler);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  return {
    statuses,
    stored,
    perSecond: Math.round(stored.length / seconds),
    p50: at(0.5),
    p99: at(0.99),
    maxRssMB: Math.round(maxRss / 2 ** 20),
  };
}

/** Checks that every id answered 204 is in the store exactly once. */
async function verify(url, ids) {
  const counts = new Map();
  const all = await exported(url, { from: today() });
  for (const stored of all.receipts) counts.set(stored.id, (counts.get(stored.id) ?? 0) + 1);
  const missing = ids.filter((id) => !counts.has(id)).length;
  const twice = [...counts.values()].filter((count) => count > 1).length;
  return { answered204: ids.length, missing, storedTwice: twice, storedInAll: all.receipts.length };
}

/** The database's own rate of one receipt per transaction, for `seconds`: the reference for batching. */
async function oneRowPerCommit(db, seconds) {
  await migrate(db);
  const end = Date.now() + seconds * 1000;
  let rows = 0;
  while (Date.now() < end) {
    await db.query(
      `insert into receipt (origin, choice_id, chosen_at, arrived_at, revision, charter, gpc, categories, entries, objections, body_sha256)
       values ($1, $2, now(), now(), '2024-06', null, false, '{}', '{}', '[]', $3)`,
      [ORIGIN, `ref${rows}`, `ref${rows}-${Date.now()}`],
    );
    rows++;
  }
  return Math.round(rows / seconds);
}

const postgres = await startPostgres();
try {
  // Load: PGlite, then PostgreSQL.
  for (const kind of ['pglite', 'postgresql']) {
    const folder = temporary('bench');
    const referenceFolder = temporary('bench-ref');
    const reference = kind === 'pglite' ? await openPglite(referenceFolder) : await openPostgres(postgres.url);
    results[`${kind}OneRowPerCommit`] = await oneRowPerCommit(reference, 5);
    if (kind === 'postgresql') await reference.query('truncate receipt');
    await reference.close();
    rmSync(referenceFolder, { recursive: true, force: true });
    say(`${kind}: one row per commit ${results[`${kind}OneRowPerCommit`]}/s`);
    const receiver = await startReceiver({
      RECEIPTS_DATA: folder,
      RECEIPTS_RATE: '1000000',
      ...(kind === 'postgresql' ? { DATABASE_URL: postgres.url } : {}),
    });
    const run = await load(() => receiver.url, SECONDS, { pid: () => receiver.child.pid });
    const check = await verify(receiver.url, run.stored);
    results[`${kind}Load`] = { ...run, stored: undefined, ...check };
    say(`${kind}: ${JSON.stringify(results[`${kind}Load`])}`);
    await receiver.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  await (await openPostgres(postgres.url)).query('truncate receipt').catch(() => {});

  // Faults: the receiver killed 20 times under load (PGlite, then PostgreSQL).
  for (const kind of ['pglite', 'postgresql']) {
    const folder = temporary('bench-kill');
    const env = {
      RECEIPTS_DATA: folder,
      RECEIPTS_RATE: '1000000',
      PORT: String(await freePort()),
      ...(kind === 'postgresql' ? { DATABASE_URL: postgres.url } : {}),
    };
    let receiver = await startReceiver(env);
    let running = true;
    const killer = (async () => {
      for (let kill = 0; kill < 20; kill++) {
        await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1500));
        receiver.child.kill('SIGKILL');
        await receiver.exited;
        receiver = await startReceiver(env);
      }
      running = false;
    })();
    const runs = [];
    while (running) runs.push(await load(() => receiver.url, 2));
    await killer;
    const ids = runs.flatMap((run) => run.stored);
    const statuses = {};
    for (const run of runs) for (const [status, count] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
    results[`${kind}Kills`] = { kills: 20, statuses, ...(await verify(receiver.url, ids)) };
    say(`${kind} SIGKILL x20: ${JSON.stringify(results[`${kind}Kills`])}`);
    await receiver.stop();
    rmSync(folder, { recursive: true, force: true });
    if (kind === 'postgresql') await (await openPostgres(postgres.url)).query('truncate receipt');
  }

  // Faults: PostgreSQL stopped with -m immediate under load, then restarted, three times.
  {
    const receiver = await startReceiver({ DATABASE_URL: postgres.url, RECEIPTS_RATE: '1000000' });
    let running = true;
    const stopper = (async () => {
      for (let stop = 0; stop < 3; stop++) {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        postgres.stop('immediate');
        await new Promise((resolve) => setTimeout(resolve, 1500));
        postgres.start();
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
      running = false;
    })();
    const runs = [];
    while (running) runs.push(await load(() => receiver.url, 1));
    await stopper;
    const statuses = {};
    for (const run of runs) for (const [status, count] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
    results.postgresqlImmediateStops = {
      stops: 3,
      statuses,
      ...(await verify(
        receiver.url,
        runs.flatMap((run) => run.stored),
      )),
    };
    say(`pg_ctl stop -m immediate x3: ${JSON.stringify(results.postgresqlImmediateStops)}`);
    await receiver.stop();
  }

  // Hostile input at length, and slow requests, on PGlite.
  {
    const folder = temporary('bench-fuzz');
    const receiver = await startReceiver({ RECEIPTS_DATA: folder, RECEIPTS_RATE: '1000000' });
    let maxRss = 0;
    const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssOf(receiver.child.pid))), 250);
    const statuses = {};
    const runs = Number(process.env.BENCH_FUZZ_RUNS || 5000);
    await fc.assert(
      fc.asyncProperty(hostileRequest, async ({ body, origin, type }) => {
        const { status } = await post(receiver.url, body, { origin, type });
        statuses[status] = (statuses[status] ?? 0) + 1;
        return status >= 400 && status < 500;
      }),
      { numRuns: runs },
    );
    const slow = await Promise.all(
      Array.from({ length: 200 }, (_, i) => slowRequest(receiver.url, { headersOnly: i % 2 === 0, pause: 700 })),
    );
    const slowStatuses = {};
    for (const status of slow) slowStatuses[status] = (slowStatuses[status] ?? 0) + 1;
    clearInterval(sampler);
    const stored = (await exported(receiver.url, { from: '2000-01-01' })).receipts.length;
    const up = (await post(receiver.url, receipt({ id: 'afterbench' }))).status;
    results.hostile = { runs, statuses, slowRequests: 200, slowStatuses, stored, maxRssMB: Math.round(maxRss / 2 ** 20), validAfter: up };
    say(`hostile: ${JSON.stringify(results.hostile)}`);

    // Access: every reading endpoint without the token, and how failed attempts are slowed.
    const unauthenticated = {};
    for (const [method, path] of [
      ['GET', '/export.json?from=2000-01-01'],
      ['GET', '/export.csv?from=2000-01-01'],
      ['DELETE', '/receipts?id=afterbench'],
    ])
      unauthenticated[`${method} ${path}`] = (await fetch(`${receiver.url}${path}`, { method })).status;
    unauthenticated['GET / (dashboard)'] = (await (await fetch(receiver.url)).text()).includes('name="token"')
      ? 'sign-in form'
      : 'dashboard!';
    const delays = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const started = performance.now();
      await fetch(`${receiver.url}/export.json?from=2000-01-01`, { headers: { Authorization: `Bearer ${TOKEN.slice(0, -1)}x` } });
      delays.push(Math.round(performance.now() - started));
    }
    results.access = { unauthenticated, failedAttemptsMs: delays };
    say(`access: ${JSON.stringify(results.access)}`);
    await receiver.stop();
    rmSync(folder, { recursive: true, force: true });
  }
} finally {
  postgres.remove();
}

writeFileSync(new URL('results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
const row = (name, load, reference) =>
  `| ${name} | ${load.perSecond} | ${load.p50} | ${load.p99} | ${load.maxRssMB} | ${reference} | ${load.answered204} / ${load.missing} / ${load.storedTwice} |`;
console.log(`| database | receipts/s | p50 ms | p99 ms | receiver RSS MB | one row per commit/s | 204 / missing / twice |
|---|---|---|---|---|---|---|
${row('PostgreSQL 15', results.postgresqlLoad, results.postgresqlOneRowPerCommit)}
${row('PGlite 0.5', results.pgliteLoad, results.pgliteOneRowPerCommit)}`);
console.log(JSON.stringify(results, null, 2));
