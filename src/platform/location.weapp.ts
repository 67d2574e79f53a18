import Taro from '@tarojs/taro'

/** WeChat returns GCJ-02 directly when asked. Resolves null when refused. */
export async function locate(): Promise<{ lng: number; lat: number } | null> {
  try {
    const r = await Taro.getLocation({ type: 'gcj02' })
    return { lng: r.longitude, lat: r.latitude }
  } catch {
    return null
  }
}
