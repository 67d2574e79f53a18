/** H5: open the location in AMap (it reads GCJ-02), in the phone's map app or its web page. */
export function openInMapApp(p: { lng: number; lat: number; name: string; address: string }) {
  const url = `https://uri.amap.com/marker?position=${p.lng},${p.lat}&name=${encodeURIComponent(p.name)}&coordinate=gaode&callnative=1`
  window.open(url, '_blank', 'noopener')
}
