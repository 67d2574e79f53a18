/** One verification-code text message: the code and how many minutes it holds. */
export interface SmsMessage {
  /** The mainland number, 11 digits (the sender adds +86). */
  phone: string
  code: string
  minutes: number
}

/** What a send came to: sent, or refused by the provider (the person is told to try again). */
export type SmsResult = { ok: true } | { ok: false; code: string; message: string }

/**
 * Where verification codes go: an SMS provider (Tencent Cloud SMS) in production, the recording
 * sender locally and in tests. Chosen by the environment (config.ts); the runtime builds one.
 */
export interface SmsSender {
  readonly name: string
  send(message: SmsMessage): Promise<SmsResult>
}
