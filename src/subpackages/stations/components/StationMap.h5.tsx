import { lazy, Suspense } from 'react'
import type { StationMapProps } from './SvgMap'

export type { StationMapProps } from './SvgMap'

// Our SVG map (SvgMap.tsx) is drawn only when someone switches to 地图: its code is fetched then,
// not with the list that is the stations page's first screen.
const SvgMap = lazy(() => import('./SvgMap').then((m) => ({ default: m.StationMap })))

export function StationMap(props: StationMapProps) {
  return (
    <Suspense fallback={null}>
      <SvgMap {...props} />
    </Suspense>
  )
}
