import Taro from '@tarojs/taro'

// The H5 session token (the gateway's). Kept in local storage; the server decides if it is valid.
const KEY = 'lianshe.session'

export function getSessionToken(): string | null {
  try {
    return (Taro.getStorageSync(KEY) as string) || null
  } catch {
    return null
  }
}

export function setSessionToken(token: string | null) {
  if (token) Taro.setStorageSync(KEY, token)
  else Taro.removeStorageSync(KEY)
}
