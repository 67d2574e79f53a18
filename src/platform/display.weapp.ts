import Taro from '@tarojs/taro'

/**
 * WeChat's font size setting (我 → 设置 → 通用 → 字体大小, and 关怀模式) as a factor of the standard
 * size: 1 at 标准, about 1.15 two steps up, 1.4 in 关怀模式.
 */
export function systemTextScale(): number {
  try {
    const api = Taro as unknown as { getAppBaseInfo?: () => { fontSizeScaleFactor?: number; fontSizeSetting?: number } }
    const info = api.getAppBaseInfo?.() ?? (Taro.getSystemInfoSync() as { fontSizeSetting?: number })
    const factor = (info as { fontSizeScaleFactor?: number }).fontSizeScaleFactor
    return factor ?? (info.fontSizeSetting ? info.fontSizeSetting / 17 : 1)
  } catch {
    return 1
  }
}

/** weapp: each page's root (<Screen>) carries the mode; the native tab and navigation bars follow WeChat. */
export function applyTextSize(_large: boolean) {}

export function windowWidth(): number {
  try {
    return Taro.getSystemInfoSync().windowWidth
  } catch {
    return 375
  }
}
