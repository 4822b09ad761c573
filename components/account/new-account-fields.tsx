'use client'

import { useState } from 'react'
import { TextField } from '@/components/ui/field'
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords/rules'

/**
 * A new account's name, address and password, where one is made (set-up, sign-up). Name and
 * address are kept as typed when a submission is refused; the password is typed again.
 */
export function NewAccountFields({ errors, emailLabel = 'Email' }: { errors?: Record<string, string[] | undefined>; emailLabel?: string }) {
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  return (
    <>
      <TextField
        id="name"
        name="name"
        label="Your name"
        errors={errors?.name}
        autoComplete="name"
        autoFocus
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        id="email"
        name="email"
        type="email"
        label={emailLabel}
        errors={errors?.email}
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, hard to guess.`}
        errors={errors?.password}
        autoComplete="new-password"
        required
      />
    </>
  )
}
