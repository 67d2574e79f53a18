import { sql, type Kysely } from 'kysely'

// Statistics kept by the writes: per community and month, for each cell (grid × holding
// department × category) and each roll-up (all, per grid, per department, per category), how many
// were filed and solved, on time, rated (and the ratings' sum), reopened, and the minutes each
// solved one took (medians are exact). A trigger on demands keeps it: whatever writes a
// demand (an action, the seed, a bulk import) moves its contribution, so the dashboard reads a
// few hundred summary rows instead of thousands of demands.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table demand_stats (
    community_id integer not null references communities (id),
    kind text not null check (kind in ('filed', 'solved')),
    month date not null,
    grid_id integer not null default 0,
    department_id integer not null default 0,
    category text not null,
    n integer not null default 0,
    on_time integer not null default 0,
    rated integer not null default 0,
    rating_sum integer not null default 0,
    reopened integer not null default 0,
    minutes integer[] not null default '{}',
    primary key (community_id, kind, month, grid_id, department_id, category)
  )`.execute(db)
  await sql`create index demand_stats_department on demand_stats (department_id, kind, month)`.execute(db)

  // One demand counts in its cell (grid × department × category) and in four roll-up rows of the
  // same month: all (-1, -1, '*'), its grid (g, -1, '*'), its department (-1, d, '*'), its
  // category (-1, -1, c). The dashboard reads the roll-ups; a view of one grid or category reads cells.
  await sql`create function demand_stats_add(d demands, which text, k date, sign integer, m integer)
  returns void language plpgsql as $$
  declare
    g integer := coalesce(d.grid_id, 0);
    dp integer := coalesce(d.holder_department_id, 0);
    cell record;
  begin
    for cell in select * from (values (g, dp, d.category::text), (-1, -1, '*'), (g, -1, '*'), (-1, dp, '*'), (-1, -1, d.category::text))
      as c(grid_id, department_id, category)
    loop
      if sign > 0 then
        insert into demand_stats (community_id, kind, month, grid_id, department_id, category,
          n, on_time, rated, rating_sum, reopened, minutes)
        values (d.community_id, which, k, cell.grid_id, cell.department_id, cell.category, 1,
          case when which = 'solved' then coalesce(d.on_time, false)::int else 0 end,
          case when which = 'solved' then (d.rating is not null)::int else 0 end,
          case when which = 'solved' then coalesce(d.rating, 0) else 0 end,
          case when which = 'solved' then (d.reopen_count > 0)::int else 0 end,
          case when which = 'solved' then array[m] else '{}'::integer[] end)
        on conflict (community_id, kind, month, grid_id, department_id, category) do update set
          n = demand_stats.n + 1, on_time = demand_stats.on_time + excluded.on_time,
          rated = demand_stats.rated + excluded.rated, rating_sum = demand_stats.rating_sum + excluded.rating_sum,
          reopened = demand_stats.reopened + excluded.reopened, minutes = demand_stats.minutes || excluded.minutes;
      else
        update demand_stats s set
          n = s.n - 1,
          on_time = s.on_time - case when which = 'solved' then coalesce(d.on_time, false)::int else 0 end,
          rated = s.rated - case when which = 'solved' then (d.rating is not null)::int else 0 end,
          rating_sum = s.rating_sum - case when which = 'solved' then coalesce(d.rating, 0) else 0 end,
          reopened = s.reopened - case when which = 'solved' then (d.reopen_count > 0)::int else 0 end,
          minutes = case when which <> 'solved' or array_position(s.minutes, m) is null then s.minutes
            else s.minutes[:array_position(s.minutes, m) - 1] || s.minutes[array_position(s.minutes, m) + 1:] end
        where s.community_id = d.community_id and s.kind = which and s.month = k
          and s.grid_id = cell.grid_id and s.department_id = cell.department_id and s.category = cell.category;
      end if;
    end loop;
  end $$`.execute(db)

  await sql`create function demand_stats_apply(d demands, sign integer) returns void language plpgsql as $$
  begin
    if d.status <> 'merged' then
      perform demand_stats_add(d, 'filed', date_trunc('month', d.filed_at at time zone 'Asia/Shanghai')::date, sign, 0);
    end if;
    if d.status = 'closed' then
      perform demand_stats_add(d, 'solved', date_trunc('month', d.closed_at at time zone 'Asia/Shanghai')::date, sign,
        round(extract(epoch from d.closed_at - d.filed_at) / 60)::integer);
    end if;
  end $$`.execute(db)

  await sql`create function demand_stats_keep() returns trigger language plpgsql as $$
  begin
    if tg_op = 'UPDATE' and (old.status, old.community_id, old.grid_id, old.holder_department_id, old.category,
        old.filed_at, old.closed_at, old.on_time, old.rating, old.reopen_count)
      is not distinct from (new.status, new.community_id, new.grid_id, new.holder_department_id, new.category,
        new.filed_at, new.closed_at, new.on_time, new.rating, new.reopen_count) then
      return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then perform demand_stats_apply(old, -1); end if;
    if tg_op in ('UPDATE', 'INSERT') then perform demand_stats_apply(new, 1); end if;
    return null;
  end $$`.execute(db)
  await sql`create trigger demand_stats_keep after insert or update or delete on demands
    for each row execute function demand_stats_keep()`.execute(db)

  // Recount everything from the demands (after a bulk load with the trigger off; also the backfill).
  await sql`create function demand_stats_rebuild() returns void language sql as $$
    delete from demand_stats;
    with facts as (
      select community_id, 'filed' as kind, date_trunc('month', filed_at at time zone 'Asia/Shanghai')::date as month,
        coalesce(grid_id, 0) as g, coalesce(holder_department_id, 0) as dp, category::text as c,
        false as on_time, null::smallint as rating, 0 as reopen_count, null::integer as m
      from demands where status <> 'merged'
      union all
      select community_id, 'solved', date_trunc('month', closed_at at time zone 'Asia/Shanghai')::date,
        coalesce(grid_id, 0), coalesce(holder_department_id, 0), category::text,
        coalesce(on_time, false), rating, reopen_count, round(extract(epoch from closed_at - filed_at) / 60)::integer
      from demands where status = 'closed'
    )
    insert into demand_stats (community_id, kind, month, grid_id, department_id, category,
      n, on_time, rated, rating_sum, reopened, minutes)
    select community_id, kind, month, coalesce(g, -1), coalesce(dp, -1), coalesce(c, '*'), count(*),
      count(*) filter (where on_time), count(rating), coalesce(sum(rating), 0), count(*) filter (where reopen_count > 0),
      coalesce(array_agg(m) filter (where m is not null), '{}')
    from facts
    group by community_id, kind, month, grouping sets ((g, dp, c), (), (g), (dp), (c));
  $$`.execute(db)
  await sql`select demand_stats_rebuild()`.execute(db)
}
