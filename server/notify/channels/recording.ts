import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { PushChannel, PushRequest } from './types'

const MEMORY_CAP = 10_000

export interface RecordedPush {
  notificationId: number
  request: PushRequest
  at: string
}

/**
 * Stands in for WeChat where there is none (local, tests, bench): records each request it
 * would have sent, in memory and optionally as JSON lines in a file (kept across crashes).
 * `failRate` injects transient failures (system busy, -1), which are not recorded as sent.
 */
export function recordingChannel(options: { file?: string; failRate?: number; random?: () => number } = {}) {
  const sent: RecordedPush[] = []
  const random = options.random ?? Math.random
  if (options.file) mkdirSync(dirname(options.file), { recursive: true })
  const channel: PushChannel & { sent: RecordedPush[] } = {
    name: 'recording',
    sent,
    async send(request, notificationId) {
      if (options.failRate && random() < options.failRate) {
        return { ok: false, kind: 'transient', code: '-1', message: '微信系统繁忙（-1）' }
      }
      const rec = { notificationId, request, at: new Date().toISOString() }
      sent.push(rec)
      // `npm start` runs for days: keep the latest in memory, the file has them all.
      if (sent.length > MEMORY_CAP) sent.splice(0, sent.length - MEMORY_CAP)
      if (options.file) appendFileSync(options.file, `${JSON.stringify(rec)}\n`)
      return { ok: true }
    },
  }
  return channel
}
