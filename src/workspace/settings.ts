import type { Config } from './config.js';

/** The flags a command was given that the configuration file can also set (undefined = not given). */
export interface SettingFlags {
  index?: string | undefined;
  failOn?: string | undefined;
  asOf?: string | undefined;
  online?: boolean | undefined;
}

/** What a run uses after flags override the file: printed as is by --print-config. */
export interface Settings {
  configFile: string | null;
  index: string | null;
  failOn: string;
  asOf: string | null;
  online: boolean;
  ignore: string[];
  sources: string[];
  reviewer: string | null;
}

/** Flags first, then the configuration file, then the built-in defaults. */
export function resolveSettings(flags: SettingFlags, config: Config, configFile: string | undefined): Settings {
  const fileFailOn = Array.isArray(config.failOn) ? config.failOn.join(',') : config.failOn;
  return {
    configFile: configFile ?? null,
    index: flags.index ?? config.index ?? null,
    failOn: flags.failOn ?? fileFailOn ?? 'contradicted',
    asOf: flags.asOf ?? config.asOf ?? null,
    online: flags.online ?? config.online ?? false,
    ignore: config.ignore ?? [],
    sources: [...(config.sources ?? []), ...(config.presets ?? [])],
    reviewer: config.reviewer ?? null,
  };
}
