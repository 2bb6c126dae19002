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
  dashboard: 'M4 4h7v7H4ZM13 4h7v4h-7ZM13 10h7v10h-7ZM4 13h7v7H4Z',
  skills: 'M4 6l2 2 3-3M12 7h8M4 13l2 2 3-3M12 14h8M5 20h1M12 20h8',
  levels: 'M3 20h5v-5h5v-5h5V5h3',
  plan: 'M4 6h16v14H4ZM4 10h16M8 3v4M16 3v4M8 14h3M13 14h3M8 17h3',
  frameworks: 'M12 3 3 8l9 5 9-5-9-5ZM3 13l9 5 9-5M3 17l9 5 9-5',
  reports: 'M6 3h9l4 4v14H6ZM14 3v5h5M9 13h7M9 17h7',
  review: 'M4 8h12v12H4ZM8 4h12v12',
  study: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 7v5l3 3',
  data: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3ZM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  collapse: 'M14 6l-6 6 6 6M19 5v14',
  expand: 'M10 6l6 6-6 6M5 5v14',
  focus: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  commands: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14ZM20 20l-4-4',
  keyboard: 'M3 6h18v12H3ZM7 10h1M11 10h1M15 10h1M7 14h10',
  picture: 'M4 5h16v14H4ZM4 16l5-5 4 4 2-2 5 5M15.5 8a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z',
  sync: 'M20 11a8 8 0 0 0-14.5-4.5M4 4v4h4M4 13a8 8 0 0 0 14.5 4.5M20 20v-4h-4',
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
