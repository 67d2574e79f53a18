import Taro from '@tarojs/taro'

/** WeChat's own map picker (Tencent, GCJ-02), with the address it shows. Null when cancelled or refused. */
export const PICK_LOCATION_LABEL = '在地图上选点'

export async function pickLocation(): Promise<{ lng: number; lat: number; address?: string } | null> {
  try {
    const r = await Taro.chooseLocation({})
    return { lng: r.longitude, lat: r.latitude, address: r.address || undefined }
  } catch {
    return null
  }
}
