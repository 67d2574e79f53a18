/** 1250 → "¥12.50" */
export const yuan = (cents: number) => `¥${(cents / 100).toFixed(2)}`
