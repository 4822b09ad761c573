import Image from 'next/image'
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { safeNextPath } from '@/lib/auth/next-path'
import { getContext } from '@/lib/context'
import { firstValue } from '@/lib/validation'
import { LoginForm } from './login-form'

export const metadata: Metadata = { title: 'Sign in' }

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath(firstValue((await searchParams).next))
  if (await getContext()) redirect(next)
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex items-center gap-3">
          <Image src="/icon.svg" alt="" width={36} height={36} unoptimized className="size-9" />
          <div>
            <h1 className="text-xl font-semibold">Sign in to Atrium</h1>
            <p className="text-sm text-slate-500">Your organisation&apos;s workspace console</p>
          </div>
        </div>
        <div className="rounded-lg border border-slate-200 bg-surface p-6 shadow-xs">
          <LoginForm next={next} />
        </div>
      </div>
    </main>
  )
}
