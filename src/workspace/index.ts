/** The workspace stage: many articles in one run — discovery, configuration, verdict reuse, --changed, the shared run. */
export { discoverArticles, ARTICLE_EXTENSIONS, IGNORE_FILE, STDIN_ARG, type Discovered, type DiscoverOptions } from './discover.js';
export { loadConfig, ConfigSchema, CONFIG_FILES, type Config, type LoadedConfig } from './config.js';
export { resolveSettings, type Settings, type SettingFlags } from './settings.js';
export { ReuseIndex, loadReuseIndex, applyReuse, clearReuse, type ReviewedClaim } from './reuse.js';
export { changedLinesSince, defaultChangedRef, resolveRef, type ChangedLines } from './changed.js';
export { checkArticle, type ArticleResult, type ArticleInput, type RunContext } from './check-article.js';
export { runCheck, STDIN_NAME, type CheckRun, type CheckRunOptions } from './run.js';
export { createProgress, type Progress } from './progress.js';
