import { sql, type Kysely } from 'kysely'

// Statistics kept by the writes: per community, month, grid, holding department and category,
// how many were filed and solved, on time, rated (and the ratings' sum), reopened, and the minutes
// each solved one took (medians are exact). A trigger on demands keeps it: whatever writes a
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

  await sql`create function demand_stats_apply(d demands, sign integer) returns void language plpgsql as $$
  declare
    m integer;
    k date;
  begin
    if d.status <> 'merged' then
      insert into demand_stats (community_id, kind, month, grid_id, department_id, category, n)
      values (d.community_id, 'filed', date_trunc('month', d.filed_at at time zone 'Asia/Shanghai')::date,
        coalesce(d.grid_id, 0), coalesce(d.holder_department_id, 0), d.category, sign)
      on conflict (community_id, kind, month, grid_id, department_id, category)
      do update set n = demand_stats.n + excluded.n;
    end if;
    if d.status = 'closed' then
      m := round(extract(epoch from d.closed_at - d.filed_at) / 60)::integer;
      k := date_trunc('month', d.closed_at at time zone 'Asia/Shanghai')::date;
      if sign > 0 then
        insert into demand_stats (community_id, kind, month, grid_id, department_id, category,
          n, on_time, rated, rating_sum, reopened, minutes)
        values (d.community_id, 'solved', k, coalesce(d.grid_id, 0), coalesce(d.holder_department_id, 0), d.category,
          1, coalesce(d.on_time, false)::int, (d.rating is not null)::int, coalesce(d.rating, 0),
          (d.reopen_count > 0)::int, array[m])
        on conflict (community_id, kind, month, grid_id, department_id, category) do update set
          n = demand_stats.n + 1, on_time = demand_stats.on_time + excluded.on_time,
          rated = demand_stats.rated + excluded.rated, rating_sum = demand_stats.rating_sum + excluded.rating_sum,
          reopened = demand_stats.reopened + excluded.reopened, minutes = demand_stats.minutes || m;
      else
        update demand_stats set
          n = n - 1, on_time = on_time - coalesce(d.on_time, false)::int,
          rated = rated - (d.rating is not null)::int, rating_sum = rating_sum - coalesce(d.rating, 0),
          reopened = reopened - (d.reopen_count > 0)::int,
          minutes = case when array_position(minutes, m) is null then minutes
            else minutes[:array_position(minutes, m) - 1] || minutes[array_position(minutes, m) + 1:] end
        where community_id = d.community_id and kind = 'solved' and month = k
          and grid_id = coalesce(d.grid_id, 0) and department_id = coalesce(d.holder_department_id, 0)
          and category = d.category;
      end if;
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
    insert into demand_stats (community_id, kind, month, grid_id, department_id, category, n)
    select community_id, 'filed', date_trunc('month', filed_at at time zone 'Asia/Shanghai')::date,
      coalesce(grid_id, 0), coalesce(holder_department_id, 0), category, count(*)
    from demands where status <> 'merged' group by 1, 2, 3, 4, 5, 6;
    insert into demand_stats (community_id, kind, month, grid_id, department_id, category,
      n, on_time, rated, rating_sum, reopened, minutes)
    select community_id, 'solved', date_trunc('month', closed_at at time zone 'Asia/Shanghai')::date,
      coalesce(grid_id, 0), coalesce(holder_department_id, 0), category, count(*),
      count(*) filter (where on_time), count(rating), coalesce(sum(rating), 0), count(*) filter (where reopen_count > 0),
      array_agg(round(extract(epoch from closed_at - filed_at) / 60)::integer)
    from demands where status = 'closed' group by 1, 2, 3, 4, 5, 6;
  $$`.execute(db)
  await sql`select demand_stats_rebuild()`.execute(db)
}
