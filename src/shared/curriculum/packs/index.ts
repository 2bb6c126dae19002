import type { ShippedPack } from './shipped-pack'
import { SYSTEM_DESIGN_PACK } from './system-design'
import { DEVOPS_PACK } from './devops'
import { GO_TRACK_PACK } from './go-track'

/** The packs shipped beside the built-in backend curriculum, in the order the first-start chooser offers them. */
export const SHIPPED_PACKS: readonly ShippedPack[] = [SYSTEM_DESIGN_PACK, DEVOPS_PACK, GO_TRACK_PACK]
