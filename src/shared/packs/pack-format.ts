// Zod-free, so the renderer can name the format without bundling the schemas.

/** The `format` every pack file carries. */
export const PACK_FORMAT = 'groundwork-curriculum-pack'

/** The newest pack format this build reads and writes. */
export const PACK_FORMAT_VERSION = 1
