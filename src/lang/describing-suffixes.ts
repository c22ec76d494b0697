/** Words after a hyphen that make a prefix describe a name rather than belong to it ("Windows-based Teams Rooms" → "Teams Rooms"). */
export const DESCRIBING_SUFFIXES: readonly string[] = ['based', 'only', 'enabled', 'joined', 'registered', 'managed', 'hosted', 'native', 'compliant', 'capable'];
