import { notFound } from 'next/navigation'
import { getConfig } from '@/lib/config'
import { benchStatementCounter } from '@/lib/db/client'

export const dynamic = 'force-dynamic'

/** Benchmark mode only: how many SQL statements the server has sent so far (npm run bench:pages reads it around each page). */
export function GET() {
  if (!getConfig().bench) notFound()
  return Response.json({ statements: benchStatementCounter().count })
}
