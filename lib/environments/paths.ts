/** Where an environment's pages live: /workspaces/{id}/environments/{slug}. */
export const environmentPath = (workspaceId: string, slug: string) => `/workspaces/${workspaceId}/environments/${slug}`

/** The page listing a workspace's environments, where they are added and ordered. */
export const environmentsPath = (workspaceId: string) => `/workspaces/${workspaceId}/environments`

/** One release's page, under the environment it goes into. */
export const releasePath = (workspaceId: string, targetSlug: string, releaseId: string) =>
  `${environmentPath(workspaceId, targetSlug)}/releases/${releaseId}`
