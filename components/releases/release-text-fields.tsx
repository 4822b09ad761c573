'use client'

import { TextAreaField, TextField } from '@/components/ui/field'

interface Props {
  title: string
  notes: string
  onTitle(title: string): void
  onNotes(notes: string): void
  errors?: { title?: string[]; notes?: string[] }
}

/** A release's title and its notes for reviewers, when drafting it and when editing it. */
export function ReleaseTextFields({ title, notes, onTitle, onNotes, errors }: Props) {
  return (
    <>
      <TextField id="title" label="Title" value={title} onChange={(event) => onTitle(event.target.value)} errors={errors?.title} />
      <TextAreaField
        id="notes"
        label="Notes for reviewers"
        rows={3}
        value={notes}
        onChange={(event) => onNotes(event.target.value)}
        errors={errors?.notes}
      />
    </>
  )
}
