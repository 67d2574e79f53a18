import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initPlatform } from './platform/init'
import { initLargeText } from './services/large-text'
import './app.css'

// Large-text mode is decided before the first page draws (the user's choice in 我的, else the system's size).
initLargeText()

function App({ children }: PropsWithChildren) {
  useLaunch(() => initPlatform())
  return children
}

export default App
