import { wxCloud } from '../../core/identity'
import type { PushChannel, PushRequest, PushResult } from './types'

// WeChat error codes of subscribeMessage.send.
const NO_GRANT = 43101
const TRANSIENT = new Set([-1, 45009, 45011]) // system busy, daily quota, rate limit: try again later
const REASONS: Record<number, string> = {
  40003: '接收人 openid 无效',
  40037: '模板 id 无效',
  41030: '跳转页面不存在或未发布',
  43101: '用户未授权或已用完订阅次数',
  47003: '模板字段不符合要求',
  [-1]: '微信系统繁忙',
  45009: '今日调用次数已达上限',
  45011: '调用太频繁',
}

/** Map what the SDK threw or returned to a PushResult. Unknown codes are permanent (never loop). */
export function classifyWechatError(e: unknown): PushResult {
  const err = e as { errCode?: unknown; errcode?: unknown; code?: unknown; errMsg?: unknown; message?: unknown }
  const raw = err?.errCode ?? err?.errcode
  const code = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : null
  const message = String(err?.errMsg ?? err?.message ?? e)
  if (code === null) {
    // No WeChat code: the request did not get an answer (network, timeout) — try again later.
    return {
      ok: false,
      kind: 'transient',
      code: String(err?.code ?? 'NETWORK'),
      message: `网络错误：${message.slice(0, 120)}`,
    }
  }
  if (code === 0) return { ok: true }
  const reason = `${REASONS[code] ?? '微信返回错误'}（${code}）`
  if (code === NO_GRANT) return { ok: false, kind: 'no_grant', code: String(code), message: reason }
  return { ok: false, kind: TRANSIENT.has(code) ? 'transient' : 'permanent', code: String(code), message: reason }
}

/** The real channel: cloud.openapi.subscribeMessage.send (config.json grants the permission). */
export function wechatChannel(
  send: (req: PushRequest) => Promise<unknown> = (req) => wxCloud().openapi.subscribeMessage.send(req),
): PushChannel {
  return {
    name: 'wechat',
    async send(req) {
      try {
        const res = (await send(req)) as { errCode?: number } | undefined
        return res && typeof res.errCode === 'number' && res.errCode !== 0 ? classifyWechatError(res) : { ok: true }
      } catch (e) {
        return classifyWechatError(e)
      }
    },
  }
}
