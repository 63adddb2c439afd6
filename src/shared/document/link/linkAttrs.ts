import { z } from 'zod'
import { fieldText } from '../attrText'
import { isAllowedLink } from '../linkPolicy'

/** A link mark: its target passes the app's one link policy (linkPolicy.ts), as at the editor. */
export const LinkAttrsSchema = z.strictObject({
  href: z.string().refine(isAllowedLink, 'link must be https: or mailto:'),
  target: fieldText(20).nullable(),
  rel: fieldText(100).nullable(),
  class: fieldText(100).nullable(),
  title: fieldText(2000).nullable(),
})
