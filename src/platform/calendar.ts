export { addToCalendar } from './calendar.h5'
