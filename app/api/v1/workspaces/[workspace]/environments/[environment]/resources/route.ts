import { apiRoute } from '@/lib/public-api/route'
import { listResources } from '@/lib/public-api/handlers'

export const GET = apiRoute(listResources)
