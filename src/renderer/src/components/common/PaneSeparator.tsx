import { Separator } from 'react-resizable-panels'

/**
 * The handle between two resizable panes: dragged, or focused and moved with the arrow keys
 * (Home and End for the limits). `label` names it for screen readers and the tooltip.
 */
export function PaneSeparator({ label, vertical = false }: { label: string; vertical?: boolean }) {
  return (
    <Separator className={vertical ? 'pane-separator pane-separator-row' : 'pane-separator'} aria-label={label} title={label}>
      <span className="pane-grip" aria-hidden="true" />
    </Separator>
  )
}
