import Taro from '@tarojs/taro'

const MAX_SIDE = 1000

/** H5: choose a photo, shrink it to ≤ 1000 px and send it as a JPEG data URL (~100–300 KB). */
export async function pickPhoto(_folder: string): Promise<string | null> {
  const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] }).catch(() => null)
  const src = picked?.tempFilePaths[0]
  if (!src) return null
  const img = await new Promise<HTMLImageElement>((resolve, reject) => {
    const i = new Image()
    i.onload = () => resolve(i)
    i.onerror = reject
    i.src = src
  })
  const scale = Math.min(1, MAX_SIDE / Math.max(img.width, img.height))
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(img.width * scale)
  canvas.height = Math.round(img.height * scale)
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height)
  return canvas.toDataURL('image/jpeg', 0.75)
}
