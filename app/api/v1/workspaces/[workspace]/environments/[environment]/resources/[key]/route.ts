import { apiRoute } from '@/lib/public-api/route'
import { getResource, putResource } from '@/lib/public-api/handlers'

export const GET = apiRoute(getResource)
export const PUT = apiRoute(putResource)
