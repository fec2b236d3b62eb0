import type { CommandSpec } from '../command.js';
import { validateCommand } from './validate.js';

/** Every command, in the order of the county's year (and of `gov-report --help`). */
export const commands: readonly CommandSpec[] = [validateCommand];
