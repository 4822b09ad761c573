import { defineConfig } from 'prisma/config'

// Used by `prisma generate` only. Migrations run through the project's own runner
// (lib/db/migrations), which needs no native schema engine.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})
