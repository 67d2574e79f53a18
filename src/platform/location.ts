/** Where the user is, in GCJ-02 (H5 default; see location.weapp.ts). */
export { locate } from './location.h5'
