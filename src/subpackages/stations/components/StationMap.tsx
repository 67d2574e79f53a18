// Platform files: StationMap.h5.tsx (our own offline SVG map, SvgMap.tsx, loaded on first use) and StationMap.weapp.tsx (<Map>).
export { StationMap } from './StationMap.h5'
export type { StationMapProps } from './StationMap.h5'
