import { useEffect, useState } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

const SHOWN_MS = 2000

/** A button that copies a code block's text to the clipboard and says "Copied" for a moment. */
export function CopyCodeButton({ code, label }: { code: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), SHOWN_MS)
    return () => clearTimeout(timer)
  }, [state])
  const copy = () => {
    navigator.clipboard.writeText(code).then(
      () => setState('copied'),
      () => setState('failed'),
    )
  }
  return (
    <>
      <button type="button" className={`code-copy code-copy-${state}`} onClick={copy}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Not copied' : 'Copy'}
        <span className="visually-hidden"> {label} code</span>
      </button>
      <span role="status" className="visually-hidden">
        {state === 'copied'
          ? `${label} code copied to the clipboard.`
          : state === 'failed'
            ? 'The clipboard refused the code; select it and copy it instead.'
            : ''}
      </span>
    </>
  )
}
