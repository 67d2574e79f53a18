import { createHmac, timingSafeEqual } from 'node:crypto'

// A gig site's check-in code: a token signed with the posting's own key (site_secret), so a code
// cannot be made up for a posting, and a new key retires old printouts.
const PREFIX = 'LSJOB'

export const siteCode = (postingId: number, secret: string) => `${PREFIX}.${postingId}.${sign(postingId, secret)}`

const sign = (postingId: number, secret: string) =>
  createHmac('sha256', secret).update(`site:${postingId}`).digest('base64url').slice(0, 22)

/** The posting a code names, or null when it is no site code of this app. */
export function postingOfCode(code: string): { postingId: number; signature: string } | null {
  const m = /^LSJOB\.(\d{1,10})\.([A-Za-z0-9_-]{22})$/.exec(code.trim())
  if (!m) return null
  const postingId = Number(m[1])
  return postingId >= 1 && postingId <= 2_147_483_647 ? { postingId, signature: m[2] } : null
}

export function validSignature(postingId: number, secret: string, signature: string): boolean {
  const a = Buffer.from(sign(postingId, secret))
  const b = Buffer.from(signature)
  return a.length === b.length && timingSafeEqual(a, b)
}
