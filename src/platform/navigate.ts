export { openInMapApp } from './navigate.h5'
