/** A spreadsheet the user picked: .xlsx as base64, CSV as text (UTF-8). */
export interface PickedSheet {
  name: string
  format: 'xlsx' | 'csv'
  content: string
}

/** H5: the browser's file chooser, read in the page (nothing is uploaded elsewhere). */
export function pickSpreadsheet(): Promise<PickedSheet | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    input.onchange = () => {
      const file = input.files?.[0]
      if (!file) return resolve(null)
      const format = /\.csv$/i.test(file.name) ? 'csv' : 'xlsx'
      const reader = new FileReader()
      reader.onerror = () => resolve(null)
      reader.onload = () => {
        const result = reader.result as string
        // readAsDataURL gives "data:…;base64,<data>".
        resolve({ name: file.name, format, content: format === 'csv' ? result : result.slice(result.indexOf(',') + 1) })
      }
      if (format === 'csv') reader.readAsText(file, 'utf-8')
      else reader.readAsDataURL(file)
    }
    input.click()
  })
}
