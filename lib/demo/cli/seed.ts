import { getConfig } from '@/lib/config'
import { openConfiguredDatabase } from '@/lib/db/client'
import { DEMO_PASSWORD, seedDemoData } from '../seed'

const config = getConfig()
if (config.nodeEnv === 'production' && config.database.kind === 'postgres') {
  console.error('Refusing to load demo data into a production PostgreSQL database (NODE_ENV=production).')
  process.exit(1)
}
const { db, close } = openConfiguredDatabase(config.database)
try {
  const { createdTenants } = await seedDemoData(db, config)
  console.log(
    createdTenants.length
      ? `Demo data loaded: ${createdTenants.join(', ')}. Every demo user's password is "${DEMO_PASSWORD}".`
      : 'Demo data is already there.',
  )
} finally {
  await close()
}
