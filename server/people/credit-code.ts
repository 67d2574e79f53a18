// 统一社会信用代码 (GB 32100-2015): 18 characters from 31 (no I, O, Z, S, V); the last is a
// check character over the first 17 (weights 3^i mod 31).
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character the first 17 characters call for. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(first17[i]) * WEIGHTS[i]
  return CHARS[(31 - (sum % 31)) % 31]
}

/** Why a credit code is not valid, in Chinese, or null when it is. Case and spaces are forgiven. */
export function creditCodeProblem(raw: string): string | null {
  const code = normalizeCreditCode(raw)
  if (code.length !== 18) return '统一社会信用代码应为 18 位'
  if (![...code].every((c) => CHARS.includes(c))) return '统一社会信用代码只含数字和大写字母（不含 I、O、Z、S、V）'
  if (!/^\d{6}$/.test(code.slice(2, 8))) return '统一社会信用代码第 3–8 位应为行政区划代码（数字）'
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确，请核对'
  return null
}

export const normalizeCreditCode = (raw: string) => raw.replace(/\s+/g, '').toUpperCase()
