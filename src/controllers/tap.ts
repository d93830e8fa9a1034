/** How far a finger may move and still tap: past it, the touch is a drag (selection, zoom). */
export const TAP_SLOP_PX = 10;
