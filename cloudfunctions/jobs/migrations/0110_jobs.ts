import { sql, type Kysely } from 'kysely'

// 零工市场: postings by enterprises (moderated before they are public), job profiles, one
// application per person and posting, gig shifts with check-in/out, ratings both ways, reports.
// The minimum wage is data with its year (jobs_min_wage), so a new year's figure is a row, not code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table jobs_min_wage (
    year integer not null,
    region text not null,
    monthly_cents integer not null check (monthly_cents > 0),
    hourly_cents integer not null check (hourly_cents > 0),
    source text not null,
    primary key (year, region))`.execute(db)
  // 浙江省 2025 最低工资标准，宁波一类地区（北仑、海曙等）：月 2490 元、非全日制小时 24 元。
  await sql`insert into jobs_min_wage values
    (2025, '宁波一类地区', 249000, 2400, '浙江省人民政府 2025 年调整最低工资标准（一类地区 月 2490 元 / 小时 24 元）')`.execute(
    db,
  )

  // Mercator (lng, y in degrees), as stations: a GiST index on it yields postings nearest-first.
  await sql`create function job_pos(lng float8, lat float8) returns point
    language sql immutable strict parallel safe
    return point(lng, degrees(ln(tan(radians(45 + lat / 2)))))`.execute(db)

  await sql`create table job_postings (
    id serial primary key,
    enterprise_id integer not null references enterprises(id),
    community_id integer not null references communities(id),
    posted_by integer references users(id),
    title text not null,
    kind text not null check (kind in ('full_time','part_time','gig','intern')),
    headcount integer not null check (headcount > 0),
    hired integer not null default 0 check (hired >= 0 and hired <= headcount),
    pay_cents integer not null check (pay_cents > 0),
    pay_unit text not null check (pay_unit in ('hour','day','piece','month')),
    shift text not null default 'day' check (shift in ('day','night','rotating','flexible')),
    place text not null,
    lng float8 not null,
    lat float8 not null,
    pos point generated always as (job_pos(lng, lat)) stored,
    start_date date not null,
    end_date date,
    certificates text[] not null default '{}',
    skills text[] not null default '{}',
    concepts text[] not null default '{}',
    age_min integer,
    age_max integer,
    health_cert boolean not null default false,
    benefits text[] not null default '{}',
    description text not null default '',
    contact_name text not null default '',
    contact_phone text not null default '',
    status text not null check (status in ('review','open','refused','closed')),
    review_note text not null default '',
    reviewed_by integer references users(id),
    reviewed_at timestamptz,
    reports integer not null default 0,
    demand_id integer,
    -- The key of the site's check-in code (a signed token per posting, domain/site-code.ts).
    site_secret text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    check (end_date is null or end_date >= start_date),
    check (age_min is null or age_max is null or age_max >= age_min))`.execute(db)
  // The worker's first page: open postings nearest first (KNN on the GiST index), filters on the rows.
  await sql`create index job_postings_open_pos on job_postings using gist (pos) where status = 'open'`.execute(db)
  await sql`create index job_postings_review on job_postings (community_id, updated_at) where status = 'review'`.execute(
    db,
  )
  await sql`create index job_postings_enterprise on job_postings (enterprise_id, id)`.execute(db)

  await sql`create table job_shifts (
    id serial primary key,
    posting_id integer not null references job_postings(id),
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    check (ends_at > starts_at))`.execute(db)
  await sql`create index job_shifts_posting on job_shifts (posting_id, starts_at)`.execute(db)

  await sql`create table job_profiles (
    user_id integer primary key references users(id),
    skills text[] not null default '{}',
    certificates text[] not null default '{}',
    availability text not null check (availability in ('any','weekdays','weekends','evenings','gigs')),
    phone text not null default '',
    intro text not null default '',
    lng float8,
    lat float8,
    concepts text[] not null default '{}',
    updated_at timestamptz not null)`.execute(db)

  // One application per person and posting (the unique constraint); on account deletion user_id
  // becomes null and the row stays for the enterprise's statistics, naming nobody.
  await sql`create table job_applications (
    id serial primary key,
    posting_id integer not null references job_postings(id),
    user_id integer references users(id),
    status text not null check (status in ('applied','viewed','interview','hired','rejected','withdrawn')),
    note text not null default '',
    reason text not null default '',
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (posting_id, user_id))`.execute(db)
  await sql`create index job_applications_user on job_applications (user_id, id)`.execute(db)

  // A gig's shifts the worker applied for; accepted when the worker is hired (no two overlap).
  await sql`create table job_application_shifts (
    application_id integer not null references job_applications(id),
    shift_id integer not null references job_shifts(id),
    checked_in_at timestamptz,
    checked_out_at timestamptz,
    confirmed_minutes integer check (confirmed_minutes is null or confirmed_minutes >= 0),
    no_show boolean not null default false,
    primary key (application_id, shift_id))`.execute(db)

  await sql`create table job_ratings (
    application_id integer not null references job_applications(id),
    side text not null check (side in ('worker','enterprise')),
    stars integer not null check (stars between 1 and 5),
    comment text not null default '',
    created_at timestamptz not null,
    primary key (application_id, side))`.execute(db)

  await sql`create table job_reports (
    id serial primary key,
    posting_id integer not null references job_postings(id),
    user_id integer references users(id),
    reason text not null,
    created_at timestamptz not null)`.execute(db)
}
