import Taro from '@tarojs/taro'

// Platform differences of 个人资料: the avatar, the nickname keyboard and verifying a phone.

const SIDE = 200

/**
 * H5: choose a picture, crop it square and shrink it to 200 px, as a JPEG data URL (~10–20 KB):
 * small enough to keep in the account row (the contract refuses more than 64 KB).
 */
export async function pickAvatar(): Promise<string | null> {
  const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] }).catch(() => null)
  const src = picked?.tempFilePaths[0]
  if (!src) return null
  const img = await new Promise<HTMLImageElement>((resolve, reject) => {
    const i = new Image()
    i.onload = () => resolve(i)
    i.onerror = reject
    i.src = src
  })
  const side = Math.min(img.width, img.height)
  const canvas = document.createElement('canvas')
  canvas.width = SIDE
  canvas.height = SIDE
  canvas.getContext('2d')!.drawImage(img, (img.width - side) / 2, (img.height - side) / 2, side, side, 0, 0, SIDE, SIDE)
  for (const quality of [0.8, 0.6, 0.4]) {
    const url = canvas.toDataURL('image/jpeg', quality)
    if (url.length < 60_000) return url
  }
  return null
}

/** H5 has no WeChat avatar button: the page shows its own “换头像” that calls pickAvatar. */
export const wechatAvatarButton = false

/** H5 has no WeChat nickname keyboard. */
export const nicknameInputType = 'text'

/** H5 has no WeChat to verify a phone: the number is typed. */
export const phoneQuickVerify = false

/** weapp only (the chooseAvatar button's temporary file); never called on H5. */
export async function uploadAvatar(_tempPath: string): Promise<string | null> {
  return null
}
