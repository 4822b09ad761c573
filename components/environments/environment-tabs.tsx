import { TabLinks } from '@/components/ui/tab-links'
import type { EnvironmentPage } from '@/lib/context/environment-page'

/** The pages of one environment: its resources, the comparison with its target, its releases. */
export function EnvironmentTabs({ at, current }: { at: EnvironmentPage; current: 'resources' | 'compare' | 'releases' }) {
  const tabs = [
    { label: 'Resources', href: at.base, current: current === 'resources' },
    ...(at.target ? [{ label: `Compare with ${at.target.name}`, href: `${at.base}/compare`, current: current === 'compare' }] : []),
    { label: 'Releases', href: `${at.base}/releases`, current: current === 'releases' },
  ]
  return <TabLinks label="Environment pages" tabs={tabs} />
}
