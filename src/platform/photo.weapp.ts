import Taro from '@tarojs/taro'
import { cloudPathFor } from '../../contract/files'
import { call } from '../services/call'

/** weapp: take or choose a compressed photo and upload it to cloud storage; resolves to its file id. */
export async function pickPhoto(folder: string): Promise<string | null> {
  const picked = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'] }).catch(() => null)
  const file = picked?.tempFiles[0]
  if (!file) return null
  // The person's own folder: the server takes a cloud file only from there.
  const me = await call('user', 'me', {}, { loading: false })
  const uploaded = await Taro.cloud.uploadFile({
    cloudPath: cloudPathFor(folder, me.id, 'jpg'),
    filePath: file.tempFilePath,
  })
  return uploaded.fileID
}
