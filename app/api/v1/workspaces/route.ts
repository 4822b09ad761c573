import { apiRoute } from '@/lib/public-api/route'
import { listWorkspaces } from '@/lib/public-api/handlers'

export const GET = apiRoute(listWorkspaces)
