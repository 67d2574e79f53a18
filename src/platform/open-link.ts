export { openLink } from './open-link.h5'
