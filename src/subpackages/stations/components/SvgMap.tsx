import { View } from '@tarojs/components'
import { useMemo, useRef, useState } from 'react'
import type { StationSummary } from '../../../../contract/stations'
import { Pressable } from '../../../components/Pressable'

export interface StationMapProps {
  stations: StationSummary[]
  me: { lng: number; lat: number }
  selectedId?: number
  onSelect: (s: StationSummary) => void
}

const SIZE = 340 // viewBox units; the SVG scales to the screen width
const M_PER_DEG_LAT = 111_195
/** A pin's radius in viewBox units: ~22 CSS px on a 390 px phone, a 44 px target. */
const PIN = 20

/**
 * H5 map drawn by us: no tile server, no external script (Taro's H5 <Map> loads Baidu Maps from
 * the internet and draws nothing offline). Markers are placed to scale around the user
 * (equirectangular, fine at city scale); drag to pan, buttons or wheel to zoom.
 */
export function StationMap({ stations: list, me, selectedId, onSelect }: StationMapProps) {
  // Drawn far to near, the chosen one last: where 44 px pins overlap, the nearest (and the chosen)
  // are on top; the sheet under the map reaches any of them.
  const stations = [...list].sort(
    (a, b) => Number(a.id === selectedId) - Number(b.id === selectedId) || b.distanceM - a.distanceM,
  )
  // Open on the nearest few stations (the rest are a pan or zoom away).
  const sorted = list.map((s) => s.distanceM).sort((a, b) => a - b)
  const farthest = Math.max(300, sorted[Math.min(7, sorted.length - 1)] ?? 0)
  const [zoom, setZoom] = useState(1)
  const [pan, setPan] = useState({ x: 0, y: 0 })
  const drag = useRef<{ x: number; y: number; px: number; py: number } | null>(null)
  const metresPerUnit = (farthest * 2.3) / SIZE / zoom
  const cos = Math.cos((me.lat * Math.PI) / 180)

  const place = (lng: number, lat: number) => ({
    x: SIZE / 2 + pan.x + ((lng - me.lng) * M_PER_DEG_LAT * cos) / metresPerUnit,
    y: SIZE / 2 + pan.y - ((lat - me.lat) * M_PER_DEG_LAT) / metresPerUnit,
  })
  const scaleBar = useMemo(() => {
    const target = metresPerUnit * 80
    const nice = [50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000].find((n) => n >= target) ?? 50000
    return { metres: nice, units: nice / metresPerUnit }
  }, [metresPerUnit])

  const point = (e: any) =>
    ('touches' in e && e.touches?.length ? e.touches[0] : e) as { clientX: number; clientY: number }
  const start = (e: any) => {
    const p = point(e)
    drag.current = { x: p.clientX, y: p.clientY, px: pan.x, py: pan.y }
  }
  const move = (e: any) => {
    if (!drag.current) return
    const p = point(e)
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect()
    const k = SIZE / rect.width
    setPan({
      x: drag.current.px + (p.clientX - drag.current.x) * k,
      y: drag.current.py + (p.clientY - drag.current.y) * k,
    })
  }
  const end = () => (drag.current = null)
  const me0 = place(me.lng, me.lat)

  return (
    <View className="station-map">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        className="station-map__svg"
        role="group"
        aria-label="站点地图"
        onMouseDown={start}
        onMouseMove={move}
        onMouseUp={end}
        onMouseLeave={end}
        onTouchStart={start}
        onTouchMove={move}
        onTouchEnd={end}
        onWheel={(e) => setZoom((z) => Math.min(8, Math.max(0.5, z * (e.deltaY < 0 ? 1.25 : 0.8))))}
      >
        <rect width={SIZE} height={SIZE} fill="#eef3f0" />
        {[1, 2, 3].map((r) => (
          <circle
            key={r}
            cx={me0.x}
            cy={me0.y}
            r={(r * 1000) / metresPerUnit}
            fill="none"
            stroke="#cdd9d2"
            strokeDasharray="4 4"
          />
        ))}
        <circle cx={me0.x} cy={me0.y} r={1000 / metresPerUnit} fill="rgba(200,22,29,0.05)" pointerEvents="none" />
        {/* Tap areas of ~44 px first, under every marker: where two overlap, a tap on a
            visible marker still reaches that marker. */}
        {stations.map((s) => {
          const p = place(s.lng, s.lat)
          return <circle key={s.id} cx={p.x} cy={p.y} r={PIN + 6} fill="transparent" onClick={() => onSelect(s)} />
        })}
        {stations.map((s) => {
          const p = place(s.lng, s.lat)
          const selected = s.id === selectedId
          return (
            <g
              key={s.id}
              transform={`translate(${p.x},${p.y})`}
              onClick={() => onSelect(s)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onSelect(s))}
              style={{ cursor: 'pointer' }}
              role="button"
              tabIndex={0}
              aria-label={s.name}
            >
              {/* A pin about 44 px across on a phone, carrying the station's tier (总/分/点). */}
              <circle
                r={selected ? PIN + 4 : PIN}
                fill={s.openNow ? '#15803d' : '#6b7280'}
                stroke={selected ? '#c8161d' : '#fff'}
                strokeWidth={selected ? 4 : 2}
              />
              <text y={6} textAnchor="middle" fontSize={17} fontWeight={700} fill="#fff" aria-hidden="true">
                {s.tierLabel.slice(0, 1)}
              </text>
            </g>
          )
        })}
        {/* "Me" is drawn over the markers but never takes their taps. */}
        <circle cx={me0.x} cy={me0.y} r={6} fill="#1a73e8" stroke="#fff" strokeWidth={2} pointerEvents="none" />
        <g transform={`translate(12,${SIZE - 14})`}>
          <line x1={0} x2={scaleBar.units} y1={0} y2={0} stroke="#333" strokeWidth={2} />
          <text y={-4} fontSize={10} fill="#333">
            {scaleBar.metres >= 1000 ? `${scaleBar.metres / 1000} 公里` : `${scaleBar.metres} 米`}
          </text>
        </g>
      </svg>
      <View className="station-map__zoom">
        <Pressable className="station-map__btn" label="放大" onPress={() => setZoom((z) => Math.min(8, z * 1.5))}>
          ＋
        </Pressable>
        <Pressable className="station-map__btn" label="缩小" onPress={() => setZoom((z) => Math.max(0.5, z / 1.5))}>
          －
        </Pressable>
        <Pressable
          className="station-map__btn"
          label="回到我的位置"
          onPress={() => {
            setPan({ x: 0, y: 0 })
            setZoom(1)
          }}
        >
          ◎
        </Pressable>
      </View>
    </View>
  )
}
