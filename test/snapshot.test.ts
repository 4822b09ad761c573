import { expect, it } from 'vitest'
import { createTestDatabase } from './database'
import { databaseSnapshot } from './fixtures'

it('databaseSnapshot compares every table the migrations create, so a refusal that writes anywhere is seen', async () => {
  const t = await createTestDatabase()
  try {
    const tables = await t.sql<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    )
    const snapshot = await databaseSnapshot(t.db)
    expect(Object.keys(snapshot.tables).sort()).toEqual(tables.map((table) => table.name).sort())
  } finally {
    await t.close()
  }
})
