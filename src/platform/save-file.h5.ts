/** H5: download as a file. */
export async function saveTextFile(filename: string, text: string, type = 'text/csv;charset=utf-8'): Promise<void> {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
