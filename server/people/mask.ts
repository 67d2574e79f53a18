/** 13812345678 → 138****5678. Phone numbers are masked wherever they are shown. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  const digits = phone.replace(/\s+/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}

/** ID numbers (身份证, rider ID…): keep the first 3 and last 4 characters. */
export function maskId(id: string | null | undefined): string | null {
  if (!id) return null
  if (id.length <= 7) return `${id[0] ?? ''}${'*'.repeat(Math.max(0, id.length - 1))}`
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`
}
