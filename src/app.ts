import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initPlatform } from './platform/init'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => initPlatform())
  return children
}

export default App
