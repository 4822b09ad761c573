import { TabLinks } from '@/components/ui/tab-links'

/** The pages of one environment: its resources, the comparison with its target, its releases. */
export function EnvironmentTabs({
  base,
  current,
  target,
}: {
  base: string
  current: 'resources' | 'compare' | 'releases'
  target: string | null
}) {
  const tabs = [
    { label: 'Resources', href: base, current: current === 'resources' },
    ...(target ? [{ label: `Compare with ${target}`, href: `${base}/compare`, current: current === 'compare' }] : []),
    { label: 'Releases', href: `${base}/releases`, current: current === 'releases' },
  ]
  return <TabLinks label="Environment pages" tabs={tabs} />
}
