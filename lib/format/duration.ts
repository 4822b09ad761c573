import { plural } from './plural'

const UNITS = [
  { ms: 86_400_000, one: 'day', many: 'days' },
  { ms: 3_600_000, one: 'hour', many: 'hours' },
  { ms: 60_000, one: 'minute', many: 'minutes' },
  { ms: 1000, one: 'second', many: 'seconds' },
] as const

/** A period as people say it, in its largest whole unit: "7 days", "12 hours", "30 seconds". */
export function formatDuration(ms: number): string {
  const unit = UNITS.find((u) => ms >= u.ms && ms % u.ms === 0) ?? UNITS.find((u) => ms >= u.ms) ?? UNITS.at(-1)!
  return plural(Math.round(ms / unit.ms), unit.one, unit.many)
}
