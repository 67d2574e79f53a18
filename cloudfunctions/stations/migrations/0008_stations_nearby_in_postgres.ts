import { sql, type Kysely } from 'kysely'

// `nearby` asks PostgreSQL again (cloudfunctions/stations/domain/nearby-query.ts); the in-memory
// replica of 0007 and its revision stamping go (DESIGN.md §3: no in-memory copies of tables).
// What the query needs is derived by the database from the columns people write (lng, lat,
// hours, open_24h, name, address, operator), as generated columns: no writer can forget them or
// set them wrong, and adding them backfills every existing row.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop trigger stations_stamp_revision on stations`.execute(db)
  await sql`drop trigger stations_removed on stations`.execute(db)
  await sql`drop trigger communities_restamp_stations on communities`.execute(db)
  await sql`drop function stamp_station_revision()`.execute(db)
  await sql`drop function station_rows_removed()`.execute(db)
  await sql`drop function restamp_community_stations()`.execute(db)
  await sql`drop function bump_station_revision(boolean)`.execute(db)
  await sql`drop index stations_revision_idx`.execute(db)
  await db.schema.alterTable('stations').dropColumn('revision').execute()
  await db.schema.dropTable('station_revision').execute()

  // Mercator (lng, y in degrees): conformal, so around any point distances on it are true
  // distances times one scale factor, and the GiST index's KNN order (pos <-> point) is
  // nearest-first up to that factor's change across the search (the query allows for it).
  await sql`create function station_pos(lng float8, lat float8) returns point
    language sql immutable strict parallel safe
    return point(lng, degrees(ln(tan(radians(45 + lat / 2)))))`.execute(db)

  // The minutes of the week a station is open (0 = Sunday 00:00), so "open now" is one row
  // predicate (open_week @> minute). Same rule as hours.ts isOpenAt: a span whose closing time is
  // at or before its opening time runs past midnight, Saturday night into Sunday morning.
  await sql`create function station_open_week(hours jsonb, open_24h boolean) returns int4multirange
    language sql immutable strict parallel safe
    return case when open_24h then int4multirange(int4range(0, 10080)) else (
      select coalesce(range_agg(r), '{}')
        from jsonb_array_elements(hours) h,
             lateral (select (h->>0)::int * 1440 + (h->>1)::int as opens,
                             (h->>0)::int * 1440 + (h->>2)::int
                               + case when (h->>2)::int <= (h->>1)::int then 1440 else 0 end as closes) m,
             lateral (values (int4range(opens, least(closes, 10080))),
                             (int4range(0, greatest(closes - 10080, 0)))) v(r)
    ) end`.execute(db)

  // Searches match partial words: ICU would split 骑手 into 骑|手 (DESIGN.md §3), so the GIN index
  // holds every two-character piece of the searched text; a query's pieces must all be there, then
  // the text must contain the query. Both sides go through these two functions.
  await sql`create function searchable(t text) returns text
    language sql immutable strict parallel safe
    return lower(normalize(t, nfkc))`.execute(db)
  await sql`create function search_bigrams(t text) returns text[]
    language sql immutable strict parallel safe
    return array(select distinct substr(t, i, 2) from generate_series(1, char_length(t) - 1) i
                  where substr(t, i, 2) !~ '[[:space:]]')`.execute(db)

  await sql`alter table stations
    add column pos point generated always as (station_pos(lng, lat)) stored,
    add column open_week int4multirange generated always as (station_open_week(hours, open_24h)) stored,
    add column search_text text generated always as (searchable(name || ' ' || address || ' ' || operator)) stored,
    add column bigrams text[]
      generated always as (search_bigrams(searchable(name || ' ' || address || ' ' || operator))) stored`.execute(db)
  await sql`create index stations_pos_gist on stations using gist (pos) where retired_at is null`.execute(db)
  await sql`create index stations_bigrams_gin on stations using gin (bigrams) where retired_at is null`.execute(db)
  await sql`analyze stations`.execute(db)

  // The nearest live stations on the map that pass the filters, at most n, as one JSON array
  // (cloudfunctions/stations/domain/nearby-query.ts ranks them by true distance). In PL/pgSQL so
  // that each session plans these statements once, and the answer is one value to decode: on the
  // embedded database planning and row decoding cost more than the search itself.
  await sql`create function nearby_stations(
      at_lng float8, at_lat float8, map_radius float8, wanted text[],
      open_at timestamptz, open_minute int4, words text, n int4) returns json
    language plpgsql stable
    -- The planner has no statistics for a circle (it guesses 0.1% of rows, where a city's 10 km
    -- holds thousands) and would read the whole circle and sort it; walking the index
    -- nearest-first and stopping after n matches is right whatever the filters.
    set enable_bitmapscan = off
    set enable_indexscan = on
    as $$
    declare
      origin point := station_pos(at_lng, at_lat);
      folded text := searchable(words);
      pieces text[] := search_bigrams(folded);
      found json;
    begin
      -- Nearest first, filters checked on the way. A search of two characters or more looks at
      -- the nearest 1,000 stations only: a word that many stations have is found among them.
      found := (select coalesce(json_agg(x), '[]') from (
        select near.id, near.code, near.name, near.tier, near.address, near.lng, near.lat, near.open_24h,
               near.hours, near.facilities, near.rating_sum, near.rating_count, near.charging, near.closed_until,
               near.closed_reason, near.status_note, near.status_updated_at, near.retired_at,
               c.name as community_name, near.map_distance
          from (select s.*, s.pos <-> origin as map_distance
                  from stations s
                 where s.retired_at is null and s.pos <@ circle(origin, map_radius)
                 order by s.pos <-> origin
                 limit case when cardinality(pieces) > 0 then 1000 end) near
          join communities c on c.id = near.community_id
         where strpos(near.search_text, folded) > 0
           and near.facilities @> wanted
           and (open_at is null or ((near.closed_until is null or near.closed_until <= open_at)
                                    and near.open_week @> open_minute))
         order by near.map_distance limit n) x);
      if cardinality(pieces) = 0 or json_array_length(found) = n then
        return found;
      end if;
      -- A word few stations near here have: every station that has it (bigram index), by distance.
      perform set_config('enable_bitmapscan', 'on', true);
      perform set_config('enable_indexscan', 'off', true);
      return (select coalesce(json_agg(x), '[]') from (
        select s.id, s.code, s.name, s.tier, s.address, s.lng, s.lat, s.open_24h, s.hours, s.facilities,
               s.rating_sum, s.rating_count, s.charging, s.closed_until, s.closed_reason, s.status_note,
               s.status_updated_at, s.retired_at, c.name as community_name, s.pos <-> origin as map_distance
          from stations s join communities c on c.id = s.community_id
         where s.retired_at is null and s.bigrams @> pieces and strpos(s.search_text, folded) > 0
           and s.pos <-> origin <= map_radius
           and s.facilities @> wanted
           and (open_at is null or ((s.closed_until is null or s.closed_until <= open_at)
                                    and s.open_week @> open_minute))
         order by s.pos <-> origin limit n) x);
    end $$`.execute(db)
}
