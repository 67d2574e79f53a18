/** No camera scanning in the H5 build: the counter and the door type the code. */
export const canScan = false

export async function scanCode(): Promise<string | null> {
  return null
}
