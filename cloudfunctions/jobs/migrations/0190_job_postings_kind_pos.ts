import { sql, type Kysely } from 'kysely'

// The worker's first page almost always names a kind (全职 / 兼职 / 零工日结 / 实习; 日结 is the
// gigs): one GiST index per kind over the open postings, so the nearest-first scan reads only that
// kind's postings instead of filtering three quarters of what it reads (bench/jobs.ts: 3× fewer
// buffers, 4–5× fewer rows thrown away for the kind filters). The planner picks the kind's index
// when the query names the kind; the index over every open posting stays for the other asks.
const KINDS = ['full_time', 'part_time', 'gig', 'intern'] as const

export async function up(db: Kysely<any>): Promise<void> {
  for (const kind of KINDS) {
    await sql`create index ${sql.id(`job_postings_open_pos_${kind}`)} on job_postings using gist (pos)
      where status = 'open' and kind = ${sql.lit(kind)}`.execute(db)
  }
}
