import Link from 'next/link'

export default function NotFound() {
  return (
    <main className="mx-auto mt-24 max-w-lg px-4 text-center">
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-slate-600">This page does not exist, or you do not have access to what it shows.</p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-indigo-700 hover:underline">
        Back to your dashboard
      </Link>
    </main>
  )
}
