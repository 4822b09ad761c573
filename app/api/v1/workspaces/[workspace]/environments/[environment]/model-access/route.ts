import { apiRoute } from '@/lib/public-api/route'
import { checkModelAccess } from '@/lib/public-api/handlers'

export const GET = apiRoute(checkModelAccess)
