/// <reference types="@tarojs/taro" />
declare module '*.css'
declare module '*.png' {
  const url: string
  export default url
}
declare function defineAppConfig<T>(config: T): T
declare function definePageConfig<T>(config: T): T
declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | string
    TARO_APP_CLOUD_ENV?: string
    TARO_APP_API_BASE?: string
  }
}
