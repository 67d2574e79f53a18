/** Pick a place for a record (a canteen's position), in GCJ-02 (H5 default; see pick-location.weapp.ts). */
export { pickLocation, PICK_LOCATION_LABEL } from './pick-location.h5'
