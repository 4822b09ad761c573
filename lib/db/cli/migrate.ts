import { getConfig } from '@/lib/config'
import { connect } from '../adapter'
import { applyMigrations } from '../migrations/runner'

const config = getConfig()
const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `the embedded database in ${config.database.dataDir}`
const connection = connect(config.database)
try {
  const applied = await applyMigrations(connection)
  if (applied.length === 0) console.log(`No pending migrations: ${where} is up to date.`)
  else for (const name of applied) console.log(`Applied ${name} to ${where}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await connection.close()
}
