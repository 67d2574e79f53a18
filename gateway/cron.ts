/**
 * WeChat cloud timer triggers: 7-field cron — second minute hour day-of-month month
 * day-of-week year — evaluated in UTC+8 (China has no daylight saving time).
 * Supports `*`, `n`, `a-b`, `a,b`, `*\/n`, `a-b/n`; day-of-week 0–6 with 0 = Sunday (7 = Sunday too).
 */
const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'weekday', min: 0, max: 7 },
  { name: 'year', min: 1970, max: 2199 },
] as const

export interface Cron {
  source: string
  sets: Set<number>[]
  dayStar: boolean
  weekdayStar: boolean
}

const OFFSET_MS = 8 * 3600 * 1000

function parseField(text: string, min: number, max: number, name: string): Set<number> {
  const out = new Set<number>()
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/')
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron ${name}: bad step in "${part}"`)
    let lo: number
    let hi: number
    if (range === '*' || range === '?') {
      lo = min
      hi = max
    } else if (range.includes('-')) {
      ;[lo, hi] = range.split('-').map(Number)
    } else {
      lo = Number(range)
      hi = stepText === undefined ? lo : max
    }
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < min || hi > max || lo > hi) {
      throw new Error(`cron ${name}: "${part}" is outside ${min}-${max}`)
    }
    for (let v = lo; v <= hi; v += step) out.add(name === 'weekday' && v === 7 ? 0 : v)
  }
  return out
}

export function parseCron(source: string): Cron {
  const parts = source.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`cron "${source}" must have 7 fields (WeChat timer format)`)
  const sets = parts.map((p, i) => parseField(p, FIELDS[i].min, FIELDS[i].max, FIELDS[i].name))
  return {
    source,
    sets,
    dayStar: parts[3] === '*' || parts[3] === '?',
    weekdayStar: parts[5] === '*' || parts[5] === '?',
  }
}

function matches(cron: Cron, t: Date): boolean {
  // Shift to UTC+8 wall-clock and read the UTC fields of the shifted time.
  const s = new Date(t.getTime() + OFFSET_MS)
  const [sec, min, hour, day, month, weekday, year] = cron.sets
  if (!sec.has(s.getUTCSeconds()) || !min.has(s.getUTCMinutes()) || !hour.has(s.getUTCHours())) return false
  if (!month.has(s.getUTCMonth() + 1) || !year.has(s.getUTCFullYear())) return false
  const dayOk = day.has(s.getUTCDate())
  const weekdayOk = weekday.has(s.getUTCDay())
  // Standard cron: when both day fields are restricted, either may match.
  if (!cron.dayStar && !cron.weekdayStar) return dayOk || weekdayOk
  return dayOk && weekdayOk
}

/** The first tick strictly after `after`, or null within the search horizon. */
export function nextTick(cron: Cron, after: Date): Date | null {
  let t = Math.floor(after.getTime() / 1000) * 1000 + 1000
  const limit = t + 366 * 24 * 3600 * 1000
  while (t <= limit) {
    const d = new Date(t)
    const s = new Date(t + OFFSET_MS)
    // Skip fast through non-matching hours and minutes.
    if (!cron.sets[2].has(s.getUTCHours())) {
      t = Math.floor(t / 3600000) * 3600000 + 3600000
      continue
    }
    if (!cron.sets[1].has(s.getUTCMinutes())) {
      t = Math.floor(t / 60000) * 60000 + 60000
      continue
    }
    if (matches(cron, d)) return d
    t += 1000
  }
  return null
}
