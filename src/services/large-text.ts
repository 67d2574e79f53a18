import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { applyTextSize, systemTextScale } from '../platform/display'

// 大字模式: text ≥ 18 px, stronger contrast, larger tap targets. It is CSS only: the page root
// (<Screen>) and, on H5, the document carry the class `ls-large`, which swaps the values of the
// variables every stylesheet uses (app.css). Pages write no code for it.

const KEY = 'lianshe.largeText'
/** WeChat two steps above 标准 (about 19.5 px) and up, or a browser set to ~18 px and up. */
const SYSTEM_LARGE = 1.12

const listeners = new Set<(large: boolean) => void>()

/** The user's own choice in 我的, if they made one (otherwise the system's size decides). */
export function largeTextChoice(): boolean | undefined {
  try {
    const v = Taro.getStorageSync(KEY) as boolean | ''
    return v === '' ? undefined : Boolean(v)
  } catch {
    return undefined
  }
}

export function isLargeText(): boolean {
  return largeTextChoice() ?? systemTextScale() >= SYSTEM_LARGE
}

export function setLargeText(large: boolean) {
  Taro.setStorageSync(KEY, large)
  applyTextSize(large)
  for (const l of listeners) l(large)
}

/** At start-up: put the document in the right mode before the first page draws. */
export function initLargeText() {
  applyTextSize(isLargeText())
}

/** Whether large-text mode is on, following changes made on any page. */
export function useLargeText(): boolean {
  const [large, setLarge] = useState(isLargeText)
  useEffect(() => {
    listeners.add(setLarge)
    return () => void listeners.delete(setLarge)
  }, [])
  return large
}
