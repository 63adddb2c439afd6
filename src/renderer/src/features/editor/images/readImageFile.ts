/** Above this the base64 would not fit through the contract (30 MB of text); the backend has its own,
 * possibly lower, limit and answers 'too-large' itself. */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

/** The picture's own size, so the Word export can keep its proportions. */
export function naturalSize(url: string): Promise<{ width: number; height: number } | null> {
  return new Promise((resolve) => {
    const img = new Image()
    img.onload = () =>
      resolve(img.naturalWidth ? { width: img.naturalWidth, height: img.naturalHeight } : null)
    img.onerror = () => resolve(null)
    img.src = url
  })
}
