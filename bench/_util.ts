export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d
export const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6
