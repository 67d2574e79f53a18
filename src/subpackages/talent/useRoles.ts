import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { Role } from '../../../contract/roles'
import { passwordSignIn } from '../../platform/transport'
import { call } from '../../services/call'
import { getSessionToken } from '../../services/session'

/** The roles the signed-in person holds (empty when signed out), refreshed when the page shows. */
export function useRoles() {
  const [roles, setRoles] = useState<Role[]>([])
  useDidShow(() => {
    if (passwordSignIn && !getSessionToken()) return setRoles([])
    call('user', 'me', {}, { loading: false, toast: false }).then(
      (me) => setRoles(me.roles.map((r) => r.role)),
      () => setRoles([]),
    )
  })
  return roles
}
