import Taro from '@tarojs/taro'
import { call } from './call'
import { passwordSignIn } from '../platform/transport'
import { getSessionToken } from './session'

const INBOX_TAB = 1

/** Show the unread count on the 消息 tab (nothing when signed out or all read). */
export function showUnreadBadge(unread: number) {
  if (unread > 0)
    void Taro.setTabBarBadge({ index: INBOX_TAB, text: unread > 99 ? '99+' : String(unread) }).catch(() => undefined)
  else void Taro.removeTabBarBadge({ index: INBOX_TAB }).catch(() => undefined)
}

export function refreshUnreadBadge() {
  // On H5 nobody is signed in without a session token; on weapp WeChat identifies the user.
  if (passwordSignIn && !getSessionToken()) return showUnreadBadge(0)
  call('notifications', 'unread', {}, { loading: false, toast: false }).then(
    (r) => showUnreadBadge(r.unread),
    () => showUnreadBadge(0),
  )
}
