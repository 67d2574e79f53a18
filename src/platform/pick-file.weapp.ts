import Taro from '@tarojs/taro'

/** A spreadsheet the user picked: .xlsx as base64, CSV as text (UTF-8). */
export interface PickedSheet {
  name: string
  format: 'xlsx' | 'csv'
  content: string
}

/** weapp: a file from a chat (staff forward their spreadsheet to themselves, e.g. 文件传输助手). */
export async function pickSpreadsheet(): Promise<PickedSheet | null> {
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] }).catch(() => null)
  const file = picked?.tempFiles[0]
  if (!file) return null
  const format = /\.csv$/i.test(file.name) ? 'csv' : 'xlsx'
  const content = Taro.getFileSystemManager().readFileSync(file.path, format === 'csv' ? 'utf8' : 'base64') as string
  return { name: file.name, format, content }
}
