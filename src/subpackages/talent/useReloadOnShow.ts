import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/** Reload these loaders when the page shows again (back from another page): useAction loads once. */
export function useReloadOnShow(...loaders: { reload: () => Promise<void> }[]) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) for (const l of loaders) void l.reload()
    shown.current = true
  })
}
