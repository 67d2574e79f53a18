import { recordingSms } from './recording'
import { tencentSms } from './tencent'
import type { SmsSender } from './types'

/**
 * The SMS sender this environment asks for: Tencent Cloud SMS when LIANSHE_SMS=tencent (its
 * LIANSHE_SMS_TENCENT_* settings required), else the recording sender (LIANSHE_SMS_LOG: a file of
 * what would have been sent).
 */
export function smsSenderFromEnvironment(env: Record<string, string | undefined> = process.env): SmsSender {
  if (env.LIANSHE_SMS !== 'tencent') return recordingSms({ file: env.LIANSHE_SMS_LOG })
  const need = (name: string) => {
    const v = env[name]
    if (!v) throw new Error(`LIANSHE_SMS=tencent needs ${name}`)
    return v
  }
  return tencentSms({
    secretId: need('LIANSHE_SMS_TENCENT_SECRET_ID'),
    secretKey: need('LIANSHE_SMS_TENCENT_SECRET_KEY'),
    appId: need('LIANSHE_SMS_TENCENT_APP_ID'),
    signName: need('LIANSHE_SMS_TENCENT_SIGN'),
    templateId: need('LIANSHE_SMS_TENCENT_TEMPLATE'),
    region: env.LIANSHE_SMS_TENCENT_REGION,
  })
}
