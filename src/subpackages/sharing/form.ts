/**
 * The staff forms' client-side checks (project, round, programme): each field's Chinese problem,
 * shown under the field before anything is sent. The server checks everything again with the
 * contract; what it refuses is shown as a toast.
 */
export type Problems<K extends string> = Partial<Record<K, string>>

/** The problems of a form, from [field, problem or false] pairs; empty when all is well. */
export function problems<K extends string>(checks: readonly (readonly [K, string | false | undefined])[]): Problems<K> {
  const out: Problems<K> = {}
  for (const [k, p] of checks) if (p && !out[k]) out[k] = p
  return out
}

export const hasProblems = (p: Problems<string>) => Object.keys(p).length > 0

/** Trimmed text at least `min` characters long, else `words`. */
export const needText = (v: string, min: number, words: string) => v.trim().length < min && words

/** A positive whole number typed by a person ('1,000' and '１０' too), or NaN. */
export const wholeNumber = (v: string): number => {
  const t = v.replace(/[,，\s]/g, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
  return /^\d+$/.test(t) ? Number(t) : Number.NaN
}

/** A price per kWh typed in yuan (0.5202) → 0.0001 yuan (5202), or NaN beyond four decimals. */
export const priceE4 = (v: string): number => {
  const t = v.trim()
  if (!/^\d+(\.\d{1,4})?$/.test(t)) return Number.NaN
  return Math.round(Number(t) * 10_000)
}
