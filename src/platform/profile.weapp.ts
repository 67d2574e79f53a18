import Taro from '@tarojs/taro'
import { cloudPathFor } from '../../contract/files'
import { call } from '../services/call'

// Platform differences of 个人资料: the avatar, the nickname keyboard and verifying a phone.

/** weapp: the avatar comes from WeChat's chooseAvatar button (open-type), see uploadAvatar. */
export async function pickAvatar(): Promise<string | null> {
  const picked = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'] }).catch(() => null)
  const file = picked?.tempFiles[0]
  return file ? uploadAvatar(file.tempFilePath) : null
}

/** The chooseAvatar button's temporary file, kept in cloud storage; resolves to its file id. */
export async function uploadAvatar(tempPath: string): Promise<string | null> {
  // The person's own folder: the server takes a cloud file only from there.
  const me = await call('user', 'me', {}, { loading: false }).catch(() => null)
  if (!me) return null
  const uploaded = await Taro.cloud
    .uploadFile({ cloudPath: cloudPathFor('avatars', me.id, 'jpg'), filePath: tempPath })
    .catch(() => null)
  return uploaded?.fileID ?? null
}

/** weapp: <Button openType="chooseAvatar"> offers the WeChat avatar or a photo. */
export const wechatAvatarButton = true

/** weapp: the nickname keyboard offers the WeChat nickname. */
export const nicknameInputType = 'nickname'

/** weapp: <Button openType="getPhoneNumber"> gives a code the cloud function exchanges. */
export const phoneQuickVerify = true
