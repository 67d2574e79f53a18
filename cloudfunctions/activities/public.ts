// What other features may use of activities (DESIGN.md §6: features meet through public faces).
// Talent holds its 技术论证会 as an activity: it creates one, reads it back and schedules its reminders.
export { activityById } from './domain/access'
export { createActivity } from './domain/create'
export { scheduleReminders } from './domain/lifecycle'
export { holdKey } from './domain/present'
