import Taro from '@tarojs/taro'

/** H5 has no share sheet: copy the page's link for pasting into a chat. */
export function shareLink(hashPath: string) {
  void Taro.setClipboardData({ data: `${location.origin}/#${hashPath}` })
}
