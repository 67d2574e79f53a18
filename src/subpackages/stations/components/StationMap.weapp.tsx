import { Map } from '@tarojs/components'
import type { StationSummary } from '../../../../contract/stations'

export interface StationMapProps {
  stations: StationSummary[]
  me: { lng: number; lat: number }
  selectedId?: number
  onSelect: (s: StationSummary) => void
}

/** weapp: WeChat's <Map> (Tencent, GCJ-02) with a marker and callout per station. */
export function StationMap({ stations, me, selectedId, onSelect }: StationMapProps) {
  return (
    <Map
      className="station-map__native"
      longitude={me.lng}
      latitude={me.lat}
      scale={14}
      showLocation
      markers={stations.map((s) => ({
        id: s.id,
        longitude: s.lng,
        latitude: s.lat,
        width: s.id === selectedId ? 34 : 26,
        height: s.id === selectedId ? 34 : 26,
        iconPath: '',
        callout: {
          content: `${s.name}${s.openNow ? '' : '（已关闭）'}`,
          display: 'BYCLICK',
          padding: 6,
          borderRadius: 6,
          fontSize: 12,
          color: '#1a1a1a',
          bgColor: '#ffffff',
          textAlign: 'center',
        } as any,
      }))}
      onMarkerTap={(e) => {
        const s = stations.find((x) => x.id === Number((e.detail as any).markerId))
        if (s) onSelect(s)
      }}
      onError={() => undefined}
    />
  )
}
