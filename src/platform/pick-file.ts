export { pickSpreadsheet } from './pick-file.h5'
