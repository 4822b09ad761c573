import { apiRoute } from '@/lib/public-api/route'
import { listEnvironments } from '@/lib/public-api/handlers'

export const GET = apiRoute(listEnvironments)
