// Opening hours as one line of text, for CSV files and the staff hours editor.
import type { Hours } from './stations'

/**
 * Hours as "1-5 08:00-20:00; 6,7 09:00-02:00": days 1 (周一) … 7 (周日), ranges or lists;
 * a closing time at or before the opening time runs past midnight.
 */
export function parseHours(v: string): Hours[] | string {
  const out: Hours[] = []
  for (const part of v
    .split(/[;；]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = part.match(/^([1-7](?:\s*[-,，]\s*[1-7])*)\s+(\d{2}:\d{2})\s*[-–~]\s*(\d{2}:\d{2})$/)
    if (!m) return `营业时间“${part}”格式不正确，应如 1-5 08:00-20:00`
    const days = new Set<number>()
    for (const piece of m[1].split(/[,，]/)) {
      const [a, b] = piece.split('-').map((x) => Number(x.trim()))
      if (b !== undefined && b < a) return `营业时间“${part}”的星期范围不正确`
      for (let d = a; d <= (b ?? a); d++) days.add(d % 7)
    }
    for (const t of [m[2], m[3]])
      if (!/^([01]\d|2[0-4]):[0-5]\d$/.test(t) || (t.startsWith('24') && t !== '24:00')) return `时间 ${t} 不正确`
    for (const weekday of [...days].sort()) out.push({ weekday, opens: m[2], closes: m[3] })
  }
  return out
}

export function formatHours(hours: Hours[]): string {
  // Group weekdays that share the same span: "1-5 08:00-20:00; 6,7 09:00-18:00".
  const groups = new Map<string, number[]>()
  for (const h of hours) {
    const key = `${h.opens}-${h.closes}`
    groups.set(key, [...(groups.get(key) ?? []), h.weekday === 0 ? 7 : h.weekday])
  }
  return [...groups]
    .map(([span, days]) => {
      const sorted = days.sort((a, b) => a - b)
      const contiguous = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1)
      const dayText = contiguous && sorted.length > 2 ? `${sorted[0]}-${sorted[sorted.length - 1]}` : sorted.join(',')
      return `${dayText} ${span}`
    })
    .join('; ')
}
