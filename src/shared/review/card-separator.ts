// Its own module, free of zod: the renderer's Markdown chunk reads it under the strict CSP.

/** `::` with white space before it and white space or the line's end after it, so `std::vector` and `::1` stay text. */
export const CARD_SEPARATOR = /\s::(?=\s|$)/
