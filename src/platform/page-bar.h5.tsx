// H5 only: the page's title, a way back and a way home. Taro's H5 navigation bar is hidden (and
// its icons are unnamed divs), so every page's <Screen> draws this one; on weapp the native bar
// does it (page-bar.weapp.tsx draws nothing).
import Taro from '@tarojs/taro'
import { useState } from 'react'

/** The tab pages keep the tab bar: they need no bar of their own. */
const TAB_PAGES = ['pages/index/index', 'pages/notifications/index', 'pages/mine/index']

interface Where {
  title: string
  canGoBack: boolean
  isTab: boolean
}

/** Read once, when the page first renders (Taro's current page is then this one). */
function whereAmI(): Where {
  const instance = Taro.getCurrentInstance()
  const page = instance.page as { config?: { navigationBarTitleText?: string } } | null | undefined
  const path = (instance.router?.path ?? '').replace(/^\//, '').split('?')[0]
  let depth = 1
  try {
    depth = Taro.getCurrentPages().length
  } catch {
    depth = 1
  }
  return {
    title: page?.config?.navigationBarTitleText ?? document.title ?? '',
    canGoBack: depth > 1,
    isTab: TAB_PAGES.includes(path),
  }
}

export function PageBar() {
  const [where] = useState(whereAmI)
  if (where.isTab) return null
  return (
    <header className="ls-bar">
      {where.canGoBack ? (
        <button type="button" className="ls-bar__action" aria-label="返回" onClick={() => Taro.navigateBack()}>
          <span aria-hidden="true">‹</span> 返回
        </button>
      ) : (
        <button
          type="button"
          className="ls-bar__action"
          aria-label="首页"
          onClick={() => Taro.switchTab({ url: '/pages/index/index' })}
        >
          <span aria-hidden="true">⌂</span> 首页
        </button>
      )}
      <h1 className="ls-bar__title">{where.title}</h1>
    </header>
  )
}
