export { pickSpreadsheet, type PickedSheet } from './pick-file.h5'
