import Taro from '@tarojs/taro'

/** weapp: take or choose a compressed photo and upload it to cloud storage; resolves to its file id. */
export async function pickPhoto(folder: string): Promise<string | null> {
  const picked = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'] }).catch(() => null)
  const file = picked?.tempFiles[0]
  if (!file) return null
  const uploaded = await Taro.cloud.uploadFile({
    cloudPath: `${folder}/${Date.now()}-${Math.random().toString(36).slice(2)}.jpg`,
    filePath: file.tempFilePath,
  })
  return uploaded.fileID
}
