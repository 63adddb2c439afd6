import { z } from 'zod'
import { fieldText } from '../attrText'
import { assetName } from './planImage'
import { IMAGE_ALIGNS, IMAGE_SIZES, MAX_CAPTION } from './imageLayout'

/** A natural size in pixels, as the image was measured when it was added (or not known). */
const Pixels = z.number().int().min(1).max(100_000).nullable()

/** An image refers to one of the plan's own assets by name (`asset:<sha256>.<ext>`), never to a
 * URL or a path: a file:, http: or data: source would read from elsewhere when opened or exported. */
export const ImageAttrsSchema = z.strictObject({
  src: z.string().refine((s) => assetName(s) !== null, 'image source must be asset:<sha256>.<ext>'),
  alt: fieldText(5000).nullable(),
  title: fieldText(2000).nullable(),
  width: Pixels,
  height: Pixels,
  // Optional: a plan saved before pictures had a size, an alignment or a caption still opens.
  size: z.enum(IMAGE_SIZES).optional(),
  align: z.enum(IMAGE_ALIGNS).optional(),
  caption: fieldText(MAX_CAPTION).optional(),
})
