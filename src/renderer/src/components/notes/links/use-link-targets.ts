import { useEffect, useMemo } from 'react'
import { useCurriculum } from '../../../state/curriculum'
import { linkResolver, type Resolver } from '../../../../../shared/links/resolve'
import { useStore } from '../../../state/store'
import type { LinkTargetList } from '../../../state/note-links'

/** Every note's title for links, fetched on first use, and a resolver over them and the skills (null while loading). */
export function useLinkTargets(): { notes: LinkTargetList | null; resolve: Resolver | null } {
  const notes = useStore((s) => s.linkTargets)
  const load = useStore((s) => s.notes.linkTargets)
  useEffect(() => {
    if (!notes) void load()
  }, [notes, load])
  const { skills } = useCurriculum()
  const resolve = useMemo(() => (notes ? linkResolver({ notes, skills }) : null), [notes, skills])
  return { notes, resolve }
}
