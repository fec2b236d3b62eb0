import type { CommandSpec } from '../command.js';
import { aggregateCommand } from './aggregate.js';
import { compareCommand } from './compare.js';
import { convertCommand } from './convert.js';
import { formatsCommand } from './formats.js';
import { importCommand } from './import.js';
import { renderCommand } from './render.js';
import { templateCommand } from './template.js';
import { validateCommand } from './validate.js';

/** Every command, in the order of the county's year (and of `gov-report --help`). */
export const commands: readonly CommandSpec[] = [templateCommand, importCommand, validateCommand, aggregateCommand, renderCommand, compareCommand, convertCommand, formatsCommand];
