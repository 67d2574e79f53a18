import { inWeChatCloud } from '../core/identity'
import { recordingChannel } from './channels/recording'
import type { PushChannel } from './channels/types'
import { wechatChannel } from './channels/wechat'

/**
 * The subscribe-message template id of a kind, from configuration (LIANSHE_WX_TEMPLATES as JSON,
 * e.g. {"canteen_booked":"AbC…"}), never from code: ids belong to the mini-program's account.
 * Where the recording channel stands in for WeChat, every kind gets a local id.
 */
export function templateIdOf(kind: string): string | undefined {
  const raw = process.env.LIANSHE_WX_TEMPLATES
  if (raw) {
    const id = parsedTemplates(raw)[kind]
    return typeof id === 'string' && id ? id : undefined
  }
  return pushMode() === 'recording' ? `local-${kind}` : undefined
}

// Parsed once per value: the dispatcher asks for every notification it delivers.
let parsed: { raw: string; ids: Record<string, unknown> } | null = null
function parsedTemplates(raw: string): Record<string, unknown> {
  if (parsed?.raw !== raw) {
    let ids: Record<string, unknown> = {}
    try {
      ids = JSON.parse(raw) as Record<string, unknown>
    } catch {
      ids = {}
    }
    parsed = { raw, ids }
  }
  return parsed.ids
}

/** `wechat` in WeChat's cloud; `recording` elsewhere unless LIANSHE_PUSH says otherwise. */
export const pushMode = (): 'wechat' | 'recording' =>
  process.env.LIANSHE_PUSH === 'wechat' || (!process.env.LIANSHE_PUSH && inWeChatCloud()) ? 'wechat' : 'recording'

/** The push channel this environment asks for (the runtime builds it once). */
export function pushChannelFromEnvironment(): PushChannel {
  return pushMode() === 'wechat' ? wechatChannel() : recordingChannel({ file: process.env.LIANSHE_PUSH_LOG })
}

export const miniprogramState = (): 'developer' | 'trial' | 'formal' => {
  const s = process.env.LIANSHE_WX_STATE
  return s === 'developer' || s === 'trial' ? s : 'formal'
}
