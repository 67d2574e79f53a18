import Taro from '@tarojs/taro'

/** weapp: a mini-program cannot open outside sites; copy the link to open in the browser. */
export function openLink(url: string) {
  void Taro.setClipboardData({ data: url }).then(() =>
    Taro.showToast({ title: '链接已复制，请在浏览器中打开', icon: 'none' }),
  )
}
