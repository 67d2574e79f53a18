import type { Kysely } from 'kysely'
import { addRoles } from '../role-check'

// 党建指导员 (party_guide): an optional role, scoped to a community, between the enterprise and the
// community (北仑: 企业点单、党建指导员传单、工业社区派单、成员单位接单). Granted by an admin.
export async function up(db: Kysely<any>): Promise<void> {
  await addRoles(db, ['party_guide'])
}
