import { sql, type Kysely } from 'kysely'

// 人才揭榜: expert profiles (the supply pool), teams, challenges with their confidential details in
// a table of their own (a list query cannot select what it does not join), terms accepted, takes,
// milestones, ratings both ways, talent needs (the demand pool), "not interested" feedback and
// brokers' introductions. Skills are text[] with GIN indexes: recommendations filter by overlap
// (&&) and score in SQL. `history` marks the demo's generated history (示例), counted in statistics.
const STATEMENTS = [
  `create table talent_profiles (
    user_id integer primary key references users(id),
    field text not null,
    institution text not null default '',
    title text not null default '',
    skills text[] not null default '{}',
    chains text[] not null default '{}',
    achievements text not null default '',
    availability text not null check (availability in ('full_time','part_time','spare','busy')),
    dual_appointment boolean not null default false,
    languages text[] not null default '{}',
    overseas boolean not null default false,
    place text not null,
    lng double precision,
    lat double precision,
    rating_sum integer not null default 0,
    rating_count integer not null default 0,
    bigrams text[] not null default '{}',
    history boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now())`,
  // Only people taking work are ever recommended: the indexes hold just them.
  `create index talent_profiles_skills on talent_profiles using gin (skills) where availability <> 'busy'`,
  `create index talent_profiles_chains on talent_profiles using gin (chains) where availability <> 'busy'`,
  `create index talent_profiles_bigrams on talent_profiles using gin (bigrams)`,

  // Who an enterprise's liaisons are (never recommended to it; told about its takes): by enterprise.
  `create index user_roles_enterprise on user_roles (enterprise_id) where role = 'enterprise' and revoked_at is null`,

  `create table talent_teams (
    id serial primary key,
    name text not null,
    intro text not null default '',
    leader_id integer not null references users(id),
    community_id integer references communities(id),
    skills text[] not null default '{}',
    chains text[] not null default '{}',
    formed_at timestamptz,
    history boolean not null default false,
    created_at timestamptz not null default now())`,
  `create index talent_teams_skills on talent_teams using gin (skills) where formed_at is not null`,
  `create index talent_teams_community on talent_teams (community_id) where formed_at is not null`,
  `create table talent_team_members (
    team_id integer not null references talent_teams(id),
    user_id integer not null references users(id),
    status text not null check (status in ('invited','accepted','declined','left')),
    invited_at timestamptz not null,
    responded_at timestamptz,
    primary key (team_id, user_id))`,
  `create index talent_team_members_user on talent_team_members (user_id, status)`,

  `create table talent_challenges (
    id serial primary key,
    enterprise_id integer not null references enterprises(id),
    community_id integer not null references communities(id),
    posted_by integer references users(id),
    title text not null,
    summary text not null,
    chain text not null,
    skills text[] not null,
    award_kind text not null check (award_kind in ('award','budget')),
    award_yuan integer not null check (award_yuan >= 0),
    deadline date not null,
    terms text not null,
    status text not null default 'open' check (status in ('open','awarded','solved','closed')),
    close_reason text,
    lng double precision not null,
    lat double precision not null,
    awarded_take_id integer,
    review_activity_id integer references activities(id),
    solved_at timestamptz,
    bigrams text[] not null default '{}',
    history boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now())`,
  `create index talent_challenges_open on talent_challenges (deadline) where status = 'open'`,
  `create index talent_challenges_skills on talent_challenges using gin (skills) where status = 'open'`,
  `create index talent_challenges_community on talent_challenges (community_id, status)`,
  `create index talent_challenges_enterprise on talent_challenges (enterprise_id)`,
  `create index talent_challenges_bigrams on talent_challenges using gin (bigrams)`,
  `create table talent_challenge_details (
    challenge_id integer primary key references talent_challenges(id),
    problem text not null,
    goals text not null,
    criteria text not null)`,
  `create table talent_terms (
    challenge_id integer not null references talent_challenges(id),
    user_id integer not null references users(id),
    accepted_at timestamptz not null,
    primary key (challenge_id, user_id))`,

  `create table talent_takes (
    id serial primary key,
    challenge_id integer not null references talent_challenges(id),
    user_id integer not null references users(id),
    team_id integer references talent_teams(id),
    proposal text not null,
    timeline text not null,
    price_yuan integer not null check (price_yuan >= 0),
    status text not null default 'submitted'
      check (status in ('submitted','shortlisted','awarded','not_selected','withdrawn')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now())`,
  // Taking twice is refused by the database, concurrent taps included.
  `create unique index talent_takes_one_per_person on talent_takes (challenge_id, user_id) where status <> 'withdrawn'`,
  `create unique index talent_takes_one_per_team on talent_takes (challenge_id, team_id)
    where team_id is not null and status <> 'withdrawn'`,
  `create index talent_takes_user on talent_takes (user_id)`,
  `alter table talent_challenges add constraint talent_challenges_awarded_take_fk
    foreign key (awarded_take_id) references talent_takes(id)`,

  `create table talent_milestones (
    id serial primary key,
    challenge_id integer not null references talent_challenges(id),
    seq integer not null,
    title text not null,
    due_date date not null,
    status text not null default 'pending' check (status in ('pending','submitted','accepted')),
    note text not null default '',
    submitted_at timestamptz,
    accepted_at timestamptz,
    unique (challenge_id, seq))`,
  // side: who rates — 'enterprise' rates the taker, 'taker' rates the enterprise; once each.
  `create table talent_ratings (
    id serial primary key,
    challenge_id integer not null references talent_challenges(id),
    side text not null check (side in ('enterprise','taker')),
    rater_id integer not null references users(id),
    ratee_user_id integer references users(id),
    ratee_enterprise_id integer references enterprises(id),
    score integer not null check (score between 1 and 5),
    comment text not null default '',
    created_at timestamptz not null,
    unique (challenge_id, side))`,

  `create table talent_needs (
    id serial primary key,
    enterprise_id integer not null references enterprises(id),
    community_id integer not null references communities(id),
    posted_by integer references users(id),
    role text not null,
    chain text not null,
    skills text[] not null,
    mode text not null check (mode in ('full_time','part_time','dual')),
    place text not null,
    headcount integer not null default 1 check (headcount > 0),
    description text not null default '',
    status text not null default 'open' check (status in ('open','filled','closed')),
    filled_by integer references users(id),
    lng double precision not null,
    lat double precision not null,
    history boolean not null default false,
    created_at timestamptz not null default now())`,
  `create index talent_needs_skills on talent_needs using gin (skills) where status = 'open'`,
  `create index talent_needs_community on talent_needs (community_id, status)`,

  // side 'challenge': for challenge_id, the enterprise is not interested in profile_user_id or team_id.
  // side 'profile': the expert profile_user_id is not interested in challenge_id or need_id.
  `create table talent_dismissals (
    id serial primary key,
    by_user integer not null references users(id),
    side text not null check (side in ('challenge','profile')),
    challenge_id integer references talent_challenges(id),
    profile_user_id integer references users(id),
    team_id integer references talent_teams(id),
    need_id integer references talent_needs(id),
    reason text not null check (reason in ('skills','chain','distance','other')),
    created_at timestamptz not null)`,
  `create unique index talent_dismissals_once on talent_dismissals
    (side, coalesce(challenge_id, 0), coalesce(profile_user_id, 0), coalesce(team_id, 0), coalesce(need_id, 0))`,
  `create index talent_dismissals_by_challenge on talent_dismissals (challenge_id) where side = 'challenge'`,
  `create index talent_dismissals_by_profile on talent_dismissals (profile_user_id) where side = 'profile'`,

  `create table talent_introductions (
    id serial primary key,
    broker_id integer references users(id),
    community_id integer not null references communities(id),
    challenge_id integer not null references talent_challenges(id),
    expert_id integer not null references users(id),
    enterprise_id integer not null references enterprises(id),
    note text not null default '',
    history boolean not null default false,
    created_at timestamptz not null,
    unique (challenge_id, expert_id))`,
  `create index talent_introductions_community on talent_introductions (community_id, created_at desc)`,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db)
}
