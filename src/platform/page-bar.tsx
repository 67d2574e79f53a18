/** The page's title, back and home (H5 default; on weapp the native bar: page-bar.weapp.tsx). */
export { PageBar } from './page-bar.h5'
