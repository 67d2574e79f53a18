/** weapp: the native navigation bar shows the title, back and home (see page-bar.h5.tsx). */
export function PageBar() {
  return null
}
