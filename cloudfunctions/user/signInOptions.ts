import { ROLES, ROLE_LABELS } from '../../contract/roles'
import { settings } from '../../server/config'
import { handler } from '../../server/core/define-function'

export const signInOptions = handler('user', 'signInOptions', {
  access: 'public',
  async run({ db }) {
    if (!settings.demo) return { demo: false, demoAccounts: [] }
    const rows = await db
      .selectFrom('users')
      .select(['role', 'display_name'])
      .where('demo', '=', true)
      .orderBy('id')
      .execute()
    // One tap per role: the first account of each (what demoLogin signs in as).
    const byRole = new Map<string, string>()
    for (const r of rows) if (!byRole.has(r.role)) byRole.set(r.role, r.display_name)
    return {
      demo: true,
      demoAccounts: ROLES.filter((r) => byRole.has(r)).map((role) => ({
        role,
        label: ROLE_LABELS[role],
        displayName: byRole.get(role)!,
      })),
    }
  },
})
