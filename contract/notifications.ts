import { z } from 'zod'
import { action, bigId, keysOf, noInput } from './define'
import { NOTIFY_CATEGORIES } from './notify-categories'

export { NOTIFY_CATEGORIES, type NotifyCategory } from './notify-categories'
export const notifyCategorySchema = keysOf(NOTIFY_CATEGORIES)

/**
 * A notification kind a user can be asked to subscribe to (a WeChat one-time subscribe message).
 * Each feature's contract lists the kinds its pages ask for; the server offers those of its
 * notice kinds that have a template id in configuration.
 */
export const subscribableKindSchema = z.string().regex(/^[a-z][a-z_]{0,47}$/, '消息类型不正确')
export type SubscribableKind = string

const inboxItem = z.object({
  /** The inbox entry (int8). */
  id: bigId,
  kind: z.string(),
  category: notifyCategorySchema,
  title: z.string(),
  body: z.string(),
  page: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
})
export type InboxItem = z.infer<typeof inboxItem>

export const notificationsContract = {
  /** The signed-in user's inbox, newest first; `before` pages back. */
  inbox: action({
    input: z.object({ before: bigId.optional(), limit: z.number().int().min(1).max(50).default(20) }).strict(),
    output: z.object({ items: z.array(inboxItem), unread: z.number().int(), more: z.boolean() }),
    idempotent: true,
  }),
  unread: action({ input: noInput, output: z.object({ unread: z.number().int() }), idempotent: true }),
  /** Mark some (ids) or all of one's own messages read. Ids of others' messages change nothing. */
  markRead: action({
    input: z.union([
      z.object({ ids: z.array(bigId).min(1).max(100) }).strict(),
      z.object({ all: z.literal(true) }).strict(),
    ]),
    output: z.object({ marked: z.number().int(), unread: z.number().int() }),
  }),
  settings: action({
    input: noInput,
    output: z.object({ muted: z.array(notifyCategorySchema) }),
    idempotent: true,
  }),
  setMuted: action({
    input: z.object({ muted: z.array(notifyCategorySchema).max(10) }).strict(),
    output: z.object({ muted: z.array(notifyCategorySchema) }),
  }),
  /** Template ids to ask for, per kind, so the client can ask inside the user's tap. */
  subscribeTemplates: action({
    input: noInput,
    output: z.object({ templates: z.array(z.object({ kind: subscribableKindSchema, templateId: z.string() })) }),
    idempotent: true,
  }),
  /** After requestSubscribeMessage: the kinds the user accepted (one grant = one send). */
  recordGrants: action({
    input: z.object({ accepted: z.array(subscribableKindSchema).max(50) }).strict(),
    output: z.object({ recorded: z.number().int() }),
  }),
}
