import { getDb } from '@/lib/db/client'
import { healthResponse } from '@/lib/db/health'

/** For load balancers and `npm start`: 200 once the database answers, 503 while it does not. */
export async function GET() {
  return healthResponse(getDb())
}
