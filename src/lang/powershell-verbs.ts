/**
 * The approved verbs that open a PowerShell cmdlet name ("Get-MgUser", "Revoke-MgUserSignInSession"): the
 * verb and its hyphen are part of the name. The common ones in identity and device management docs.
 */
export const POWERSHELL_VERBS: readonly string[] = [
  'Add',
  'Clear',
  'Connect',
  'Disable',
  'Disconnect',
  'Enable',
  'Export',
  'Get',
  'Grant',
  'Import',
  'Install',
  'Invoke',
  'New',
  'Register',
  'Remove',
  'Reset',
  'Restore',
  'Revoke',
  'Select',
  'Set',
  'Start',
  'Stop',
  'Sync',
  'Test',
  'Uninstall',
  'Unregister',
  'Update',
];
