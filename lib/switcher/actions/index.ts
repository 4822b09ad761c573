import { switchWorkspace } from './switch-workspace'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const SWITCHER_ACTIONS = [switchWorkspace] as const
