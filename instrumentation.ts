// Runs once when the server starts: refuse to start with a clear message when the
// configuration is invalid, instead of failing on the first request; then prune what
// only grows, on start-up and daily (lib/retention), and purge organisations whose deletion
// is due (lib/tenants/purge.ts), and write down support sessions that ended by the clock
// (lib/support/service.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { getConfig } = await import('./lib/config')
    const config = getConfig()
    const { getDb } = await import('./lib/db/client')
    const { schedulePruning } = await import('./lib/retention/schedule')
    schedulePruning(getDb, config.retention)
    const { schedulePurging } = await import('./lib/tenants/purge')
    schedulePurging(getDb, config.organisationPurgeIntervalMs)
    const { scheduleSupportExpiry } = await import('./lib/support/service')
    scheduleSupportExpiry(getDb, config.auditKey)
  }
}
