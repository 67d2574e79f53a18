import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { SmsMessage, SmsSender } from './types'

const MEMORY_CAP = 1_000

export interface RecordedSms {
  message: SmsMessage
  at: string
}

/**
 * Stands in for the SMS provider where there is none (local, demo, tests, bench): records each
 * message it would have sent, in memory and optionally as JSON lines in a file (LIANSHE_SMS_LOG).
 */
export function recordingSms(options: { file?: string } = {}) {
  const sent: RecordedSms[] = []
  if (options.file) mkdirSync(dirname(options.file), { recursive: true })
  const sender: SmsSender & { sent: RecordedSms[]; lastTo(phone: string): SmsMessage | undefined } = {
    name: 'recording',
    sent,
    async send(message) {
      const rec = { message, at: new Date().toISOString() }
      sent.push(rec)
      if (sent.length > MEMORY_CAP) sent.splice(0, sent.length - MEMORY_CAP)
      if (options.file) appendFileSync(options.file, `${JSON.stringify(rec)}\n`)
      return { ok: true }
    },
    lastTo(phone) {
      return [...sent].reverse().find((r) => r.message.phone === phone)?.message
    },
  }
  return sender
}
