import { createHash, createHmac } from 'node:crypto'
import type { SmsMessage, SmsResult, SmsSender } from './types'

/** The account's SMS settings (from the environment, config.ts); the template takes {1} code and {2} minutes. */
export interface TencentSmsConfig {
  secretId: string
  secretKey: string
  /** SmsSdkAppId of the SMS application. */
  appId: string
  /** The approved signature (签名), e.g. 链社. */
  signName: string
  /** The approved verification-code template: 「您的验证码为{1}，{2}分钟内有效。」 */
  templateId: string
  region?: string
}

export interface HttpRequest {
  url: string
  method: 'POST'
  headers: Record<string, string>
  body: string
}

const HOST = 'sms.tencentcloudapi.com'
const SERVICE = 'sms'
const VERSION = '2021-01-11'
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s, 'utf8').digest()

/**
 * The request Tencent Cloud SMS (API 3.0, SendSms) takes for one code, signed with TC3-HMAC-SHA256
 * (https://cloud.tencent.com/document/api/382/55981 and the signature v3 document). Pure: the
 * tests check what would be sent without sending it.
 */
export function tencentSendSmsRequest(config: TencentSmsConfig, message: SmsMessage, now: Date): HttpRequest {
  const body = JSON.stringify({
    PhoneNumberSet: [`+86${message.phone}`],
    SmsSdkAppId: config.appId,
    SignName: config.signName,
    TemplateId: config.templateId,
    TemplateParamSet: [message.code, String(message.minutes)],
  })
  const timestamp = Math.floor(now.getTime() / 1000)
  const date = now.toISOString().slice(0, 10)
  const contentType = 'application/json; charset=utf-8'
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:${contentType}\nhost:${HOST}\n`,
    'content-type;host',
    sha256(body),
  ].join('\n')
  const scope = `${date}/${SERVICE}/tc3_request`
  const toSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256(canonical)].join('\n')
  const signingKey = hmac(hmac(hmac(`TC3${config.secretKey}`, date), SERVICE), 'tc3_request')
  const signature = createHmac('sha256', signingKey).update(toSign, 'utf8').digest('hex')
  return {
    url: `https://${HOST}/`,
    method: 'POST',
    headers: {
      Authorization: `TC3-HMAC-SHA256 Credential=${config.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`,
      'Content-Type': contentType,
      Host: HOST,
      'X-TC-Action': 'SendSms',
      'X-TC-Version': VERSION,
      'X-TC-Timestamp': String(timestamp),
      'X-TC-Region': config.region ?? 'ap-guangzhou',
    },
    body,
  }
}

/** What Tencent answered, as a result: the send status of the one number, or the request's error. */
export function tencentSmsResult(answer: unknown): SmsResult {
  const r = (answer as { Response?: Record<string, unknown> } | null)?.Response
  const error = r?.Error as { Code?: string; Message?: string } | undefined
  if (error) return { ok: false, code: String(error.Code ?? 'Error'), message: String(error.Message ?? '') }
  const status = (r?.SendStatusSet as { Code?: string; Message?: string }[] | undefined)?.[0]
  if (status?.Code === 'Ok') return { ok: true }
  return { ok: false, code: String(status?.Code ?? 'NoStatus'), message: String(status?.Message ?? '') }
}

/** Sends through Tencent Cloud SMS over HTTPS (fetch: Node 18+ and WeChat's cloud). */
export function tencentSms(config: TencentSmsConfig, clock: () => Date = () => new Date()): SmsSender {
  return {
    name: 'tencent',
    async send(message) {
      const req = tencentSendSmsRequest(config, message, clock())
      try {
        const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body })
        return tencentSmsResult(await res.json())
      } catch (e) {
        return { ok: false, code: 'Network', message: String(e) }
      }
    },
  }
}
