import Taro from '@tarojs/taro'
import { announce } from '../platform/a11y'

/**
 * A short message (已取消预约, 已加入候补，第 3 位…): a toast for the eyes and, on H5, the live
 * region for screen readers (Taro's H5 toast is not announced; WeChat reads its own toasts).
 */
export function toast(title: string, options: { icon?: 'none' | 'success'; duration?: number } = {}) {
  void Taro.showToast({
    title,
    icon: options.icon ?? 'none',
    ...(options.duration ? { duration: options.duration } : {}),
  })
  announce(title)
}
