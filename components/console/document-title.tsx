import type { Metadata } from 'next'
import type { ReactNode } from 'react'

/**
 * A console page whose title also travels with its content. Next.js puts the title from
 * generateMetadata in <head> (on the first load, from the first byte); after a client-side
 * navigation it streams it separately, and under load that title has been lost, leaving
 * the tab without a name for screen readers. The page therefore renders the same title as
 * a React <title> too (React hoists it into <head>), so it arrives with the page itself.
 */
export function withDocumentTitle<M extends object, P extends M>(
  metadata: (props: M) => Promise<Metadata>,
  Page: (props: P) => Promise<ReactNode>,
): (props: P) => Promise<ReactNode> {
  return async function PageWithTitle(props: P) {
    const [{ title }, page] = await Promise.all([metadata(props), Page(props)])
    return (
      <>
        {typeof title === 'string' && <title>{`${title} · Atrium`}</title>}
        {page}
      </>
    )
  }
}
