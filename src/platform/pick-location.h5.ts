import { locate } from './location.h5'

/** On H5 there is no map picker offline: the position where the person stands (converted to GCJ-02), or typed. */
export const PICK_LOCATION_LABEL = '使用我当前的位置'

export async function pickLocation(): Promise<{ lng: number; lat: number; address?: string } | null> {
  return locate()
}
