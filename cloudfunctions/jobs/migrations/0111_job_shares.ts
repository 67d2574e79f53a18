import { sql, type Kysely } from 'kysely'

// 共享员工 (002: 灵峰's 全链共享): an enterprise with slack offers workers for a period (lend), one
// with a peak asks (borrow); a 社工 of the community matches the two for a headcount and period;
// both enterprises confirm and each lent worker consents (recorded; they stay employed by the lender).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table job_shares (
    id serial primary key,
    enterprise_id integer not null references enterprises(id),
    community_id integer not null references communities(id),
    side text not null check (side in ('lend','borrow')),
    headcount integer not null check (headcount > 0),
    start_date date not null,
    end_date date not null,
    skills text[] not null default '{}',
    note text not null default '',
    status text not null check (status in ('open','matched','closed')),
    created_by integer references users(id),
    created_at timestamptz not null,
    check (end_date >= start_date))`.execute(db)
  await sql`create index job_shares_open on job_shares (community_id, side) where status = 'open'`.execute(db)

  await sql`create table job_share_matches (
    id serial primary key,
    lend_id integer not null references job_shares(id),
    borrow_id integer not null references job_shares(id),
    community_id integer not null references communities(id),
    headcount integer not null check (headcount > 0),
    start_date date not null,
    end_date date not null,
    matched_by integer references users(id),
    lender_confirmed_at timestamptz,
    borrower_confirmed_at timestamptz,
    created_at timestamptz not null,
    check (end_date >= start_date),
    unique (lend_id, borrow_id))`.execute(db)

  // Each lent worker, named by the lender; consent is the worker's own act (consented_at).
  await sql`create table job_share_workers (
    id serial primary key,
    match_id integer not null references job_share_matches(id),
    user_id integer references users(id),
    consented_at timestamptz,
    declined_at timestamptz,
    created_at timestamptz not null,
    unique (match_id, user_id))`.execute(db)
}
