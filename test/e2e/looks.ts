/** The two window sizes every view must look right at. */
export const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
] as const

/** The two colour schemes every view must look right in. */
export const SCHEMES = ['light', 'dark'] as const
