const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
})

export function formatDateTime(date: Date): string {
  return dateTime.format(date)
}

const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

export function formatDate(date: Date | string): string {
  return dateOnly.format(typeof date === 'string' ? new Date(date) : date)
}

const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' })

/** A time of day, as the rest of the console writes times (UTC): "14:30 UTC". */
export function formatTime(date: Date | string): string {
  return timeOfDay.format(typeof date === 'string' ? new Date(date) : date)
}
