import type { Role } from '../../../contract/roles'
import { useData } from '../../hooks/useAction'
import { passwordSignIn } from '../../platform/transport'
import { call } from '../../services/call'
import { getSessionToken } from '../../services/session'

/** The roles the signed-in person holds (empty when signed out), refreshed when the page shows (useData). */
export function useRoles(): Role[] {
  const me = useData(async () => {
    if (passwordSignIn && !getSessionToken()) return []
    return call('user', 'me', {}, { loading: false, toast: false }).then(
      (m) => m.roles.map((r) => r.role),
      () => [],
    )
  }, [])
  return me.data ?? []
}
