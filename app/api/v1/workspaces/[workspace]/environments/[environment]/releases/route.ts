import { apiRoute } from '@/lib/public-api/route'
import { proposeRelease } from '@/lib/public-api/handlers'

export const POST = apiRoute(proposeRelease)
