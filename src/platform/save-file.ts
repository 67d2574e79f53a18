export { saveTextFile } from './save-file.h5'
