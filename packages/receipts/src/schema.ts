import type { Database } from './database.js';

/**
 * The tables, created by the first receiver that starts; under an advisory lock, so that receivers
 * started together on one PostgreSQL do not race. Each migration runs once, in order.
 */
const MIGRATIONS = [
  `create table receipt (
     seq bigint generated always as identity primary key,
     origin text not null,
     choice_id text not null,
     chosen_at timestamptz not null,
     arrived_at timestamptz not null,
     revision text,
     charter text,
     gpc boolean not null,
     categories jsonb not null,
     entries jsonb not null,
     objections jsonb not null,
     body_sha256 text not null
   );
   create unique index receipt_once on receipt (origin, choice_id, body_sha256);
   create index receipt_by_arrival on receipt (arrived_at);
   create index receipt_by_choice on receipt (choice_id);
   create index receipt_by_charter on receipt (origin, charter);
   create table charter (
     seq bigint generated always as identity primary key,
     origin text not null,
     digest text not null,
     shown text not null,
     shown_sha256 text not null,
     first_arrived_at timestamptz not null
   );
   create unique index charter_once on charter (origin, digest, shown_sha256);`,
];

/** An arbitrary number that names the store's lock among the server's advisory locks. */
const LOCK = 0x636f6f6b;

export async function migrate(db: Database): Promise<void> {
  await db.exec(`begin;
    select pg_advisory_xact_lock(${LOCK});
    create table if not exists receipts_schema (version integer primary key, applied_at timestamptz not null default now());
    commit;`);
  for (let version = 1; version <= MIGRATIONS.length; version++) {
    await db.exec(`begin;
      select pg_advisory_xact_lock(${LOCK});
      do $$ begin
        if not exists (select 1 from receipts_schema where version = ${version}) then
          execute ${dollarQuote(MIGRATIONS[version - 1])};
          insert into receipts_schema (version) values (${version});
        end if;
      end $$;
      commit;`);
  }
}

const dollarQuote = (sql: string) => `$migration$${sql}$migration$`;
