// Plain numbers shared by main (which applies them) and the renderer (which tells them); no zod here.

/**
 * The trash's one rule, for every kind alike: it keeps at most `entries` removals and none older
 * than `days`; past either, the oldest go for good when the next removal comes in. A removal is
 * never refused for want of room, and the newest always stays. `noteChars` bounds the removed note
 * text as well, since the trash is re-encoded with every write of the data file.
 */
export const TRASH_RULE = { entries: 200, days: 30, noteChars: 2_000_000 } as const
