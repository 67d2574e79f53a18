// What other features may use of the community feature (DESIGN.md §6: features meet through public faces).
export { MOTTO } from './motto'
