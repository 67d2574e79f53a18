// Cloud function `notifications`: the inbox (消息), push settings and subscribe grants, and the
// dispatcher that delivers the outbox every minute (server/notify/ has the machinery).
import { notificationsContract } from '../../contract/notifications'
import { defineFunction } from '../features'
import { dispatch } from './dispatch'
import { inbox } from './inbox'
import { markRead } from './markRead'
import { recordGrants } from './recordGrants'
import { setMuted } from './setMuted'
import { settings } from './settings'
import { subscribeTemplates } from './subscribeTemplates'
import { unread } from './unread'

export const main = defineFunction(
  'notifications',
  notificationsContract,
  { inbox, unread, markRead, settings, setMuted, subscribeTemplates, recordGrants },
  { timers: { dispatch } },
)
