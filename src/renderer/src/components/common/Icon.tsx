// The app's icon set: a few 24-unit line drawings, drawn in the text colour. Icons never stand
// alone: the control keeps a text label (visible, or visually hidden), so the drawing is aria-hidden.

/** Path data per icon (stroked, round caps, on a 24x24 grid). */
const PATHS = {
  delete: 'M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3',
  undo: 'M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  close: 'M6 6l12 12M18 6 6 18',
  edit: 'M4 20h4L19 9l-4-4L4 16v4ZM13.5 6.5l4 4',
  preview: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12ZM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z',
  split: 'M4 5h16v14H4ZM12 5v14',
  sort: 'M7 4v16M3 16l4 4 4-4M17 20V4M13 8l4-4 4 4',
  'sort-asc': 'M12 20V4M6 10l6-6 6 6',
  'sort-desc': 'M12 4v16M6 14l6 6 6-6',
  add: 'M12 5v14M5 12h14',
} as const

/** The name of an icon in the set. */
export type IconName = keyof typeof PATHS

/** One icon of the set, 1em square in the current text colour; hidden from screen readers (keep a text label). */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
