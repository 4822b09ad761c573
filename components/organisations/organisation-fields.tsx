'use client'

import { useState } from 'react'
import { TextField } from '@/components/ui/field'
import { SLUG_MAX_LENGTH, slugify } from '@/lib/validation/slug'

/**
 * An organisation's name and its slug, which follows the name until the person edits it
 * (as a workspace's does). Both travel with the form under the names given.
 */
export function OrganisationNameAndSlug({
  names = { name: 'name', slug: 'slug' },
  errors,
  autoFocus = false,
}: {
  names?: { name: string; slug: string }
  errors?: Record<string, string[] | undefined>
  autoFocus?: boolean
}) {
  const [name, setName] = useState('')
  const [slug, setSlug] = useState('')
  const [slugEdited, setSlugEdited] = useState(false)
  return (
    <>
      <TextField
        id={names.name}
        name={names.name}
        label="Organisation name"
        hint="Your company or team, as its people know it. You can change it later."
        errors={errors?.[names.name]}
        value={name}
        autoComplete="organization"
        autoFocus={autoFocus}
        maxLength={64}
        required
        onChange={(event) => {
          setName(event.target.value)
          if (!slugEdited) setSlug(slugify(event.target.value))
        }}
      />
      <TextField
        id={names.slug}
        name={names.slug}
        label="Slug"
        hint={`Identifies the organisation in the audit log and the API. Lowercase letters and digits with single hyphens, at most ${SLUG_MAX_LENGTH} characters. It cannot be changed later.`}
        errors={errors?.[names.slug]}
        value={slug}
        maxLength={SLUG_MAX_LENGTH}
        className="font-mono"
        required
        onChange={(event) => {
          setSlug(event.target.value)
          setSlugEdited(true)
        }}
      />
    </>
  )
}
