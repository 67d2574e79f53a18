/** 13812345678 → 138****5678. Phone numbers are masked wherever they are shown. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  const digits = phone.replace(/\s+/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}

/** A sign-in name that is a phone number (H5 sign-ups use theirs) is masked as a phone; others are shown. */
export function maskUsername(username: string | null | undefined): string | null {
  if (!username) return null
  return looksLikePhone(username) ? maskPhone(username) : username
}

/** Seven or more digits (spaces, dashes, a leading +): a phone number, whatever field it is in. */
export const looksLikePhone = (value: string) => /^\+?[\d\s-]{7,}$/.test(value) && value.replace(/\D/g, '').length >= 7

/** 王小哥 → 王** : others (counter staff, organizers) see a family name, not the person. */
export function maskName(name: string): string {
  const chars = [...name.replace(/^(骑手|职工|青创客|专家)\s*/, '')]
  return chars.length <= 1 ? chars.join('') || '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`
}

/** Rider IDs and similar numbers: only the last 4 characters shown. */
export function maskId(value: string): string {
  return value.length <= 4 ? '*'.repeat(value.length) : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`
}
