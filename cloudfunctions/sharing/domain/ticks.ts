import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'

/** An institute's patents with every enterprise's tick, and per-enterprise counts. */
export async function ticksOf(db: Transaction<DB>, departmentId: number) {
  const patents = await db
    .selectFrom('sharing_patents')
    .select(['id', 'number', 'title'])
    .where('department_id', '=', departmentId)
    .orderBy('number')
    .execute()
  const picks = await db
    .selectFrom('sharing_patent_picks as k')
    .innerJoin('sharing_patents as p', 'p.id', 'k.patent_id')
    .innerJoin('enterprises as e', 'e.id', 'k.enterprise_id')
    .select(['k.patent_id', 'k.enterprise_id', 'e.name', 'e.credit_code', 'k.picked_at', 'k.agreement_at'])
    .where('p.department_id', '=', departmentId)
    .orderBy('k.picked_at')
    .execute()
  const byEnterprise = new Map<string, { enterprise: string; picked: number; agreements: number }>()
  for (const k of picks) {
    const e = byEnterprise.get(k.name) ?? { enterprise: k.name, picked: 0, agreements: 0 }
    e.picked++
    if (k.agreement_at) e.agreements++
    byEnterprise.set(k.name, e)
  }
  return {
    patents,
    picks,
    items: patents
      .map((p) => ({
        id: p.id,
        number: p.number,
        title: p.title,
        ticks: picks
          .filter((k) => k.patent_id === p.id)
          .map((k) => ({
            enterpriseId: k.enterprise_id,
            enterprise: k.name,
            pickedAt: new Date(k.picked_at).toISOString(),
            agreement: k.agreement_at !== null,
          })),
      }))
      .sort((a, b) => b.ticks.length - a.ticks.length || a.number.localeCompare(b.number)),
    byEnterprise: [...byEnterprise.values()].sort((a, b) => b.picked - a.picked),
  }
}
