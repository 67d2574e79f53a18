export { saveBase64File, saveTextFile } from './save-file.h5'
