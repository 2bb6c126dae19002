// Its own module: the cards' plain text (in first paint) names pictures too, without the Markdown pipeline.

/** What an image that is not shown reads as: "[image: alt]". */
export function imageLabel(alt: string | null | undefined): string {
  return `[image${alt ? `: ${alt}` : ''}]`
}
