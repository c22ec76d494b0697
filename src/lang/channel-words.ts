/**
 * Sibling values of a version, release channel, licence tier, token type, sign-in type, method or service.
 * A claim value the aligned sentence does not state, where it states another value of the same group, is a
 * conflict; a sentence that states none of the group's values is silent, which blocks support: a sibling
 * swapped for another ("refresh tokens are encrypted" → "access tokens …") would otherwise pass on a
 * sentence that names neither (measured on the counterfactual suite: 13 fewer verified distortions for 4
 * fewer verified originals, 2026-12-07). Each value: its name in findings and the phrases that state it (case-insensitive,
 * whole words; a trailing `.0` is read as the bare version).
 */
export interface ChannelGroup {
  slot: string;
  values: ReadonlyArray<{ name: string; phrases: readonly string[] }>;
  /** A claim value the aligned sentences do not state blocks support. */
  silenceBlocks: boolean;
  /** Values in ascending order, each including the ones before it (P1 < P2): a lower one named beside a required one suffices. */
  ranked?: boolean;
}

export const CHANNEL_GROUPS: readonly ChannelGroup[] = [
  {
    slot: 'API version',
    silenceBlocks: true,
    values: [
      { name: 'beta', phrases: ['beta'] },
      { name: 'v1.0', phrases: ['v1.0', 'v1'] },
      { name: 'v2.0', phrases: ['v2.0', 'v2'] },
      { name: 'v3', phrases: ['v3', 'v3.0'] },
    ],
  },
  {
    slot: 'release channel',
    silenceBlocks: true,
    values: [
      { name: 'preview', phrases: ['(preview)', 'in preview', 'public preview', 'private preview', 'preview feature', 'preview features', 'preview release', 'preview version'] },
      { name: 'generally available', phrases: ['generally available', 'general availability', 'GA'] },
    ],
  },
  {
    slot: 'licence tier',
    silenceBlocks: true,
    ranked: true,
    values: [
      { name: 'P1', phrases: ['P1'] },
      { name: 'P2', phrases: ['P2'] },
    ],
  },
  {
    slot: 'licence plan',
    silenceBlocks: true,
    ranked: true,
    values: [
      { name: 'E3', phrases: ['E3'] },
      { name: 'E5', phrases: ['E5'] },
    ],
  },
  {
    slot: 'token type',
    silenceBlocks: true,
    values: [
      { name: 'access token', phrases: ['access token', 'access tokens'] },
      { name: 'refresh token', phrases: ['refresh token', 'refresh tokens'] },
      { name: 'ID token', phrases: ['ID token', 'ID tokens', 'id_token'] },
      { name: 'primary refresh token', phrases: ['primary refresh token', 'primary refresh tokens', 'PRT', 'PRTs'] },
    ],
  },
  {
    slot: 'sign-in type',
    silenceBlocks: true,
    values: [
      { name: 'interactive', phrases: ['interactive'] },
      { name: 'non-interactive', phrases: ['non-interactive', 'noninteractive'] },
    ],
  },
  {
    slot: 'authentication method',
    silenceBlocks: true,
    values: [
      { name: 'Temporary Access Pass', phrases: ['Temporary Access Pass', 'Temporary Access Passes', 'TAP', 'TAPs'] },
      { name: 'FIDO2', phrases: ['FIDO2', 'passkey', 'passkeys', 'security key', 'security keys'] },
      { name: 'SMS', phrases: ['SMS', 'text message', 'text messages'] },
      { name: 'Windows Hello for Business', phrases: ['Windows Hello for Business', 'Windows Hello'] },
      { name: 'Microsoft Authenticator', phrases: ['Microsoft Authenticator', 'Authenticator app', 'Authenticator'] },
      { name: 'voice call', phrases: ['voice call', 'voice calls', 'phone call', 'phone calls'] },
      { name: 'email one-time passcode', phrases: ['email one-time passcode', 'email OTP'] },
    ],
  },
  {
    slot: 'Microsoft 365 service',
    silenceBlocks: true,
    values: [
      { name: 'Exchange Online', phrases: ['Exchange Online', 'Exchange'] },
      { name: 'SharePoint Online', phrases: ['SharePoint Online', 'SharePoint'] },
      { name: 'Teams', phrases: ['Microsoft Teams', 'Teams'] },
      { name: 'Outlook', phrases: ['Outlook'] },
      { name: 'OneDrive', phrases: ['OneDrive'] },
    ],
  },
  {
    slot: 'application type',
    silenceBlocks: true,
    values: [
      {
        name: 'single-page app',
        phrases: [
          'single-page app',
          'single-page apps',
          'single-page application',
          'single-page applications',
          'single page app',
          'single page apps',
          'single page application',
          'single page applications',
          'SPA',
          'SPAs',
        ],
      },
      { name: 'web app', phrases: ['web app', 'web apps', 'web application', 'web applications'] },
      { name: 'mobile or desktop app', phrases: ['mobile app', 'mobile apps', 'desktop app', 'desktop apps', 'native app', 'native apps'] },
      { name: 'daemon app', phrases: ['daemon', 'daemons', 'daemon app', 'daemon apps'] },
    ],
  },
  {
    slot: 'cross-tenant feature',
    silenceBlocks: true,
    values: [
      { name: 'B2B collaboration', phrases: ['B2B collaboration'] },
      { name: 'B2B direct connect', phrases: ['B2B direct connect'] },
    ],
  },
  {
    slot: 'user type',
    silenceBlocks: true,
    values: [
      { name: 'guest', phrases: ['guest', 'guests', 'guest user', 'guest users', 'guest access'] },
      { name: 'member', phrases: ['member user', 'member users', 'members'] },
    ],
  },
  {
    slot: 'Intune policy type',
    silenceBlocks: true,
    values: [
      { name: 'compliance policy', phrases: ['compliance policy', 'compliance policies', 'device compliance policy', 'device compliance policies'] },
      { name: 'configuration profile', phrases: ['configuration policy', 'configuration policies', 'configuration profile', 'configuration profiles'] },
      { name: 'app protection policy', phrases: ['app protection policy', 'app protection policies'] },
    ],
  },
  {
    slot: 'connection',
    silenceBlocks: true,
    values: [
      { name: 'USB', phrases: ['USB'] },
      { name: 'NFC', phrases: ['NFC', 'near-field communication'] },
      { name: 'Bluetooth', phrases: ['Bluetooth'] },
    ],
  },
  {
    slot: 'device platform',
    silenceBlocks: false,
    values: [
      { name: 'Windows', phrases: ['Windows 10', 'Windows 11', 'Windows devices'] },
      { name: 'macOS', phrases: ['macOS'] },
      { name: 'iOS/iPadOS', phrases: ['iOS', 'iPadOS', 'iOS/iPadOS'] },
      { name: 'Android', phrases: ['Android'] },
      { name: 'Linux', phrases: ['Linux'] },
    ],
  },
  {
    slot: 'account type',
    // pages word it many ways ("Microsoft accounts … such as those from Outlook.com"): only another type conflicts
    silenceBlocks: false,
    values: [
      { name: 'personal Microsoft account', phrases: ['personal Microsoft account', 'personal Microsoft accounts', 'personal account', 'personal accounts', 'MSA', 'MSAs'] },
      { name: 'work or school account', phrases: ['work or school account', 'work or school accounts', 'work account', 'work accounts', 'organizational account', 'organizational accounts'] },
    ],
  },
  {
    slot: 'managed identity type',
    silenceBlocks: true,
    values: [
      { name: 'user-assigned', phrases: ['user-assigned'] },
      { name: 'system-assigned', phrases: ['system-assigned'] },
    ],
  },
  {
    slot: 'admin center',
    silenceBlocks: false,
    values: [
      { name: 'Microsoft Entra admin center', phrases: ['Microsoft Entra admin center', 'Entra admin center'] },
      { name: 'Microsoft Intune admin center', phrases: ['Microsoft Intune admin center', 'Intune admin center'] },
    ],
  },
  {
    slot: 'cloud',
    silenceBlocks: false,
    values: [
      { name: 'Azure Government', phrases: ['Azure Government', 'Azure US Government'] },
      { name: 'Azure operated by 21Vianet', phrases: ['Azure China', '21Vianet', 'Azure China 21Vianet'] },
    ],
  },
  {
    slot: 'log destination',
    silenceBlocks: false,
    values: [
      { name: 'Log Analytics workspace', phrases: ['Log Analytics workspace', 'Log Analytics workspaces', 'Log Analytics'] },
      { name: 'storage account', phrases: ['storage account', 'storage accounts'] },
      { name: 'event hub', phrases: ['event hub', 'event hubs'] },
    ],
  },
  {
    slot: 'command-line tool',
    silenceBlocks: false,
    values: [
      { name: 'PowerShell', phrases: ['PowerShell'] },
      { name: 'Azure CLI', phrases: ['Azure CLI'] },
    ],
  },
  {
    slot: 'Graph API',
    silenceBlocks: false,
    values: [
      { name: 'Microsoft Graph', phrases: ['Microsoft Graph'] },
      { name: 'Azure AD Graph', phrases: ['Azure AD Graph', 'Azure Active Directory Graph'] },
    ],
  },
  {
    slot: 'source control platform',
    silenceBlocks: false,
    values: [
      { name: 'GitHub', phrases: ['GitHub'] },
      { name: 'GitLab', phrases: ['GitLab'] },
      { name: 'Azure DevOps', phrases: ['Azure DevOps', 'Azure Pipelines'] },
    ],
  },
  {
    slot: 'cloud provider',
    silenceBlocks: false,
    values: [
      { name: 'Amazon Web Services', phrases: ['Amazon Web Services', 'AWS'] },
      { name: 'Google Cloud', phrases: ['Google Cloud', 'GCP'] },
      { name: 'Oracle Cloud', phrases: ['Oracle Cloud'] },
      { name: 'IBM Cloud', phrases: ['IBM Cloud'] },
    ],
  },
  {
    slot: 'Azure service',
    silenceBlocks: false,
    values: [
      { name: 'Azure Functions', phrases: ['Azure Functions'] },
      { name: 'Azure Batch', phrases: ['Azure Batch'] },
      { name: 'Azure Logic Apps', phrases: ['Azure Logic Apps', 'Logic Apps'] },
      { name: 'Azure Data Factory', phrases: ['Azure Data Factory', 'Data Factory'] },
      { name: 'Azure IoT Hub', phrases: ['Azure IoT Hub', 'IoT Hub'] },
      { name: 'Azure Event Grid', phrases: ['Azure Event Grid', 'Event Grid'] },
      { name: 'Azure App Service', phrases: ['Azure App Service', 'App Service'] },
      { name: 'Azure Static Web Apps', phrases: ['Azure Static Web Apps', 'Static Web Apps'] },
      { name: 'Azure Kubernetes Service', phrases: ['Azure Kubernetes Service', 'AKS'] },
      { name: 'Azure Container Instances', phrases: ['Azure Container Instances', 'ACI'] },
      { name: 'Service Fabric', phrases: ['Service Fabric'] },
    ],
  },
  {
    slot: 'release age',
    silenceBlocks: true,
    values: [
      { name: 'legacy', phrases: ['legacy', 'older'] },
      { name: 'current', phrases: ['current', 'newer', 'newest'] },
    ],
  },
];
