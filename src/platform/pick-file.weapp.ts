import Taro from '@tarojs/taro'

/** weapp: choose a spreadsheet from a chat (文件传输助手 etc.); resolves to its name and bytes (base64), or null. */
export async function pickSpreadsheet(): Promise<{ name: string; base64: string } | null> {
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] }).catch(() => null)
  const file = picked?.tempFiles[0]
  if (!file) return null
  const base64 = Taro.getFileSystemManager().readFileSync(file.path, 'base64') as string
  return { name: file.name, base64 }
}
