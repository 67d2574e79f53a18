import { saveTextFile } from './save-file'

const stamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
const esc = (s: string) => s.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')

/** H5: an .ics file the phone's calendar opens. */
export async function addToCalendar(e: {
  title: string
  startsAt: string
  endsAt: string
  place: string
}): Promise<void> {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//lianshe//activities//ZH',
    'BEGIN:VEVENT',
    `UID:${stamp(e.startsAt)}-${encodeURIComponent(e.title).slice(0, 40)}@lianshe`,
    `DTSTAMP:${stamp(new Date().toISOString())}`,
    `DTSTART:${stamp(e.startsAt)}`,
    `DTEND:${stamp(e.endsAt)}`,
    `SUMMARY:${esc(e.title)}`,
    `LOCATION:${esc(e.place)}`,
    'BEGIN:VALARM',
    'TRIGGER:-PT1H',
    'ACTION:DISPLAY',
    `DESCRIPTION:${esc(e.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n')
  await saveTextFile(`${e.title}.ics`, ics)
}
