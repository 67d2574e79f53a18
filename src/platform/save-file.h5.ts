/** H5: download as a file. */
export async function saveTextFile(filename: string, text: string, type = 'text/csv;charset=utf-8'): Promise<void> {
  download(filename, new Blob([text], { type }))
}

/** H5: download bytes (base64) as a file, e.g. an .xlsx export. */
export async function saveBase64File(filename: string, base64: string, mime: string): Promise<void> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  download(filename, new Blob([bytes], { type: mime }))
}

function download(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
