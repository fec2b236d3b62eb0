declare module 'virtual:gov-report/plugins' {
  import { type Plugin, type Preset } from '@report/core';
  /** The plugins of the config file the app was built with, made (factories called with their options). */
  export const configuredPlugins: Array<Plugin | Preset>;
  /** The config file used (relative to the repository), or undefined. */
  export const configFile: string | undefined;
}
declare module 'virtual:gov-report/font' {
  /** The CJK font for the PDF (WOFF bytes). */
  export function fontBytes(): Promise<Uint8Array>;
}
declare module 'virtual:gov-report/worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
