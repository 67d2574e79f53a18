import Taro from '@tarojs/taro'

/** weapp: WeChat's own location view with route planning. */
export function openInMapApp(p: { lng: number; lat: number; name: string; address: string }) {
  void Taro.openLocation({ longitude: p.lng, latitude: p.lat, name: p.name, address: p.address, scale: 17 })
}
