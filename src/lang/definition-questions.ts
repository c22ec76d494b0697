/**
 * Openers of a heading that asks what something is ("What are Azure Pulse Tokens?", "What is Microsoft Entra ID?"):
 * the words after them name the section's topic.
 */
export const DEFINITION_QUESTIONS: readonly string[] = ['what is', 'what are', 'what’s', "what's"];
