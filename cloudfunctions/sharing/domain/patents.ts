// Chinese patent numbers as an institute's list carries them: an application number
// (ZL + 12 digits + "." + check character, e.g. ZL202110123456.7; the ZL optional) or a
// publication number (CN + 9 digits + kind code, e.g. CN114123456B).

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]

/** The check character of a 12-digit application number (CNIPA: weighted sum mod 11, 10 → X). */
export function patentCheckChar(digits12: string): string {
  const sum = [...digits12].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0) % 11
  return sum === 10 ? 'X' : String(sum)
}

/** The number normalised (upper case, no spaces, ZL prefix on application numbers), or an error in Chinese. */
export function checkPatentNumber(raw: string): { number: string } | { error: string } {
  const v = raw.replace(/\s/g, '').toUpperCase()
  const app = /^(?:ZL)?((?:19|20)\d{10})\.([\dX])$/.exec(v)
  if (app) {
    if (patentCheckChar(app[1]) !== app[2]) return { error: `专利号“${raw}”的校验位不正确` }
    return { number: `ZL${app[1]}.${app[2]}` }
  }
  if (/^CN\d{9}[A-Z]\d?$/.test(v)) return { number: v }
  return { error: `专利号“${raw}”格式不正确（如 ZL202110123456.7 或 CN114123456B）` }
}
