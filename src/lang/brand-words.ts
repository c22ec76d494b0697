/**
 * Vendor and product-family words that may stand before a product's own name without making it another
 * product ("Microsoft Entra Conditional Access" is Conditional Access; "Primary Refresh Token" is not a
 * refresh token).
 */
export const BRAND_WORDS: readonly string[] = [
  'Microsoft',
  'Azure',
  'Entra',
  'Windows',
  'Office',
  'Intune',
  'Defender',
  'Purview',
  'Dynamics',
  'Power',
  'Teams',
  'Exchange',
  'SharePoint',
  'OneDrive',
  'Outlook',
  'Visual',
  'GitHub',
  'Xbox',
  'Bing',
  'Skype',
  'Yammer',
  'Viva',
  'Copilot',
  'Graph',
];
