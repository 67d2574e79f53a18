import Taro from '@tarojs/taro'

/** weapp: connect to the WeChat cloud environment (TARO_APP_CLOUD_ENV, or the default one). */
export function initPlatform(): void {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
}
