import { TabLinks } from '@/components/ui/tab-links'
import type { EnvironmentPage } from '@/lib/context/environment-page'

/** The pages of one environment: its resources, the comparison with its target, its releases, its settings. */
export function EnvironmentTabs({ at, current }: { at: EnvironmentPage; current: 'resources' | 'compare' | 'releases' | 'settings' }) {
  const tabs = [
    { label: 'Resources', href: at.base, current: current === 'resources' },
    ...(at.target ? [{ label: `Compare with ${at.target.name}`, href: `${at.base}/compare`, current: current === 'compare' }] : []),
    { label: 'Releases', href: `${at.base}/releases`, current: current === 'releases' },
    { label: 'Settings', href: `${at.base}/settings`, current: current === 'settings' },
  ]
  return <TabLinks label="Environment pages" tabs={tabs} />
}
