/**
 * Built-in Microsoft Entra administrator role names (singular). A claim that names one role for an action the
 * aligned passage gives to another role is in conflict with it. Names not listed are still read when they are
 * capitalised words ending in one of ROLE_HEADS ("Fabric Administrator").
 */
export const ADMIN_ROLES: readonly string[] = [
  'Global Administrator',
  'Global Reader',
  'Privileged Role Administrator',
  'Privileged Authentication Administrator',
  'Authentication Administrator',
  'Authentication Policy Administrator',
  'User Administrator',
  'Password Administrator',
  'Helpdesk Administrator',
  'Security Administrator',
  'Security Operator',
  'Security Reader',
  'Conditional Access Administrator',
  'Application Administrator',
  'Cloud Application Administrator',
  'Application Developer',
  'Billing Administrator',
  'Compliance Administrator',
  'Exchange Administrator',
  'SharePoint Administrator',
  'Teams Administrator',
  'Intune Administrator',
  'Hybrid Identity Administrator',
  'Groups Administrator',
  'License Administrator',
  'Reports Reader',
  'Directory Readers',
  'Directory Writers',
  'Attribute Assignment Administrator',
  'Attribute Definition Administrator',
  'External Identity Provider Administrator',
  'Identity Governance Administrator',
  'Cloud Device Administrator',
  'Azure DevOps Administrator',
  'Guest Inviter',
  'Lifecycle Workflows Administrator',
];

/** Last words of a role name. */
export const ROLE_HEADS: readonly string[] = ['Administrator', 'Admin', 'Reader', 'Operator', 'Inviter', 'Writers', 'Readers'];
