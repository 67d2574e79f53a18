import Taro from '@tarojs/taro'

export const canScan = true

/** Scan a booking or registration QR at the counter or door; null when cancelled or failed. */
export async function scanCode(): Promise<string | null> {
  const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).catch(() => null)
  return r?.result ?? null
}
