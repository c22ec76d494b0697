/** The vendor's own name, which stands before most of its products' names and tells none of them apart. */
export const VENDOR_WORDS: readonly string[] = ['Microsoft'];
