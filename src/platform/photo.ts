export { pickPhoto } from './photo.h5'
