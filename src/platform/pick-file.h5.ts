/** H5: choose a spreadsheet from the computer; resolves to its name and bytes (base64), or null. */
export function pickSpreadsheet(): Promise<{ name: string; base64: string } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'
    input.style.display = 'none'
    input.onchange = () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(null)
      const reader = new FileReader()
      reader.onload = () => resolve({ name: file.name, base64: String(reader.result).replace(/^data:[^,]*,/, '') })
      reader.onerror = () => resolve(null)
      reader.readAsDataURL(file)
    }
    document.body.appendChild(input)
    input.click()
  })
}
