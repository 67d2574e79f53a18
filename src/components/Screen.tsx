import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { PageBar } from '../platform/page-bar'
import { useLargeText } from '../services/large-text'

/**
 * Every page's root: the app's canvas and padding, and 大字模式 (the class `ls-large`, which the
 * stylesheets turn into larger text, stronger contrast and larger targets). Start a page with it.
 * On H5 it also draws the page's title with a way back (or home, when the page was opened directly).
 */
export function Screen({ className = '', children }: { className?: string; children?: ReactNode }) {
  const large = useLargeText()
  return (
    <View className={`page ${className}${large ? ' ls-large' : ''}`}>
      <PageBar />
      {children}
    </View>
  )
}
