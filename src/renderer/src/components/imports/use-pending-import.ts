import { useState } from 'react'
import { isCancelled, type Cancelled } from '../../../../shared/contract/cancelled'
import type { FolderChoices, ImportAnswer } from '../../../../shared/contract/imports'
import type { Outcome } from '../../state/call'
import { useStore } from '../../state/store'

/** One previewed import as a component holds it: the preview shown, and the learner's yes or no. */
export interface PendingImport<P extends { token: string }> {
  /** The preview shown, or null when none is. */
  preview: P | null
  /** A preview is being read or an import carried out. */
  busy: boolean
  /** Why the last confirm failed, for the preview to show (the import is still waiting, or must be chosen again). */
  error: string | null
  /** Runs a choose or preview action and shows what it answers; resolves to a failure's message, or null (shown, or the dialog was closed). */
  open: (action: () => Promise<Outcome<P | Cancelled>>) => Promise<string | null>
  /** Carries out the preview shown; resolves to main's answer and that preview, or null when it failed (`error` says why). */
  confirm: (folder?: FolderChoices) => Promise<{ answer: ImportAnswer; preview: P } | null>
  /** Drops the preview shown, here and in main. */
  cancel: () => void
}

/** The one way the renderer previews, confirms and cancels an import: backups, packs and outlines, Markdown folders. */
export function usePendingImport<P extends { token: string }>(): PendingImport<P> {
  const imports = useStore((s) => s.imports)
  const [preview, setPreview] = useState<P | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return {
    preview,
    busy,
    error,
    open: async (action) => {
      setBusy(true)
      setError(null)
      const outcome = await action()
      setBusy(false)
      if (!outcome.ok) return outcome.message
      if (!isCancelled(outcome.value)) setPreview(outcome.value)
      return null
    },
    confirm: async (folder) => {
      if (!preview) return null
      setBusy(true)
      setError(null)
      const outcome = await imports.confirm(preview.token, folder)
      setBusy(false)
      if (!outcome.ok) {
        setError(outcome.message)
        return null
      }
      setPreview(null)
      return { answer: outcome.value, preview }
    },
    cancel: () => {
      if (!preview) return
      setPreview(null)
      setError(null)
      void imports.cancel(preview.token)
    },
  }
}
