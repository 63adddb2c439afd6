/**
 * A description that is really a file or camera name ("IMG_2041.JPG", "billede3.png"): a screen
 * reader reads it out and the listener learns nothing. Pasted and imported pictures often carry one.
 */
const FILE_NAME = /^[^\s/\\]{1,80}\.(png|jpe?g|gif|webp|bmp|tiff?|heic|svg)$/i
const CAMERA_NAME =
  /^(img|dsc|dscn|dscf|pxl|pict?|image|photo|foto|billede|screenshot|skærmbillede)[\s_-]*\d+$/i

export function altIsFileName(alt: string): boolean {
  const s = alt.trim()
  return FILE_NAME.test(s) || CAMERA_NAME.test(s)
}
