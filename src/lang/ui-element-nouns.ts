/**
 * Words that name a control of a user interface rather than a thing the sentence is about ("via the menu item
 * Authentication methods", "click the Save button"): pages say "select **Save**" without them.
 */
export const UI_ELEMENT_NOUNS: readonly string[] = ['menu', 'item', 'button', 'tab', 'blade', 'pane', 'checkbox', 'dropdown', 'toggle'];
