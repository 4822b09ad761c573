import path from 'node:path'
import { createMigration, NoSchemaChangesError, projectRoot } from '../migrations/runner'

const name = process.argv.slice(2).join(' ')
try {
  const { folder } = await createMigration(name)
  console.log(`Wrote ${path.relative(projectRoot, folder)}/migration.sql`)
  console.log('Review it, add any SQL Prisma cannot express (checks, partial indexes), then run npm run db:migrate.')
} catch (error) {
  console.error(error instanceof NoSchemaChangesError ? error.message : error)
  process.exitCode = 1
}
