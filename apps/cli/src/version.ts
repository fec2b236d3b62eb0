import packageJson from '../package.json' with { type: 'json' };

/** The version of `gov-report`. */
export const version: string = packageJson.version;
