export { shareLink } from './share.h5'
