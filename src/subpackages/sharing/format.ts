/** Money for people: fen → "¥1,476" or "1,500.0 万元" from ¥10 万 up. */
export function yuanText(fen: number): string {
  const yuan = fen / 100
  if (Math.abs(yuan) >= 100_000) return `${(yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })} 万元`
  return `¥${yuan.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}`
}
/** Whole yuan → "200 万元" / "¥8,000". */
export const wholeYuan = (yuan: number) => yuanText(yuan * 100)
/** A price in 0.0001 yuan per kWh → "¥0.5202/千瓦时". */
export const priceText = (e4: number) => `¥${(e4 / 10_000).toFixed(4)}/千瓦时`
export const kwhText = (n: number) => `${n.toLocaleString('zh-CN')} 千瓦时`
