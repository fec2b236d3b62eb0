/** The app's folder (`apps/web`). */
export declare const app: string;
export declare const configFileNames: readonly string[];

export interface WebOutputs {
  /** The static site's folder. */
  site: string;
  /** The folder the single-file build writes into. */
  singleDir: string;
  /** The self-contained `gov-report.html`. */
  singleFile: string;
  /** Whether the single build may empty its folder first. */
  emptySingleDir: boolean;
}

export declare function webOutputs(env?: NodeJS.ProcessEnv): WebOutputs;

export interface PluginConfigEntry {
  specifier: string;
  options?: unknown;
  hasOptions: boolean;
}

export declare function findConfigFile(env?: NodeJS.ProcessEnv): string | undefined;
export declare function readPluginConfig(file: string): Promise<PluginConfigEntry[]>;
