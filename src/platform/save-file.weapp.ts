import Taro from '@tarojs/taro'

/** weapp: write to the user data folder and offer to forward it (e.g. to 文件传输助手). */
export async function saveTextFile(filename: string, text: string, _type?: string): Promise<void> {
  const path = `${Taro.env.USER_DATA_PATH}/${filename}`
  Taro.getFileSystemManager().writeFileSync(path, text, 'utf8')
  await share(path, filename)
}

/** weapp: write bytes (base64) to the user data folder and offer to forward the file. */
export async function saveBase64File(filename: string, base64: string, _mime: string): Promise<void> {
  const path = `${Taro.env.USER_DATA_PATH}/${filename}`
  Taro.getFileSystemManager().writeFileSync(path, base64, 'base64')
  await share(path, filename)
}

const share = async (filePath: string, fileName: string) =>
  (Taro as any).shareFileMessage?.({ filePath, fileName }).catch(() => undefined)
