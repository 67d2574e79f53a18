import { sql, type Kysely } from 'kysely'

// A fourth kind of benefit: 奖励奖金 won in a contest or a selection (大赛、评选) — not a subsidy one
// qualifies for, so 我能享受 does not add it to the money a person can count on.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table policies drop constraint if exists policies_benefit_kind_check`.execute(db)
  await sql`alter table policies add constraint policies_benefit_kind_check
    check (benefit_kind in ('cash','loan','service','prize'))`.execute(db)
}
