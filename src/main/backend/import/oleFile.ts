const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** The stream name Word gives the encrypted .docx inside its OLE wrapper, as the directory holds it. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le')

export const isOleFile = (b: Uint8Array) => OLE_SIGNATURE.every((v, i) => b[i] === v)

/**
 * A password-protected .docx is not a zip: Word wraps the encrypted package in an OLE compound file
 * (MS-OFFCRYPTO §2.3.4.4), which starts like a Word 97 .doc. The two are told apart by the
 * EncryptedPackage stream in the compound file's directory; Buffer.indexOf is a linear search.
 */
export function isPasswordProtectedDocx(b: Uint8Array): boolean {
  return isOleFile(b) && Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(ENCRYPTED_PACKAGE) >= 0
}
