import { basename, resolve } from 'node:path';
import { aggregatingOrgan, CountyJobStop, type OrganLevel, type Roster, type RosterEntry } from '@report/core';
import type { CommandContext } from '../command.js';
import { dateOption, inputFiles, noteSkipped, organLevelOption, stringOption, yearOption } from '../command-helpers.js';
import { checkOutputTarget, isInside } from '../output-set/output-set.js';
import { JobError, UsageError } from '../errors.js';
import type { InputFile } from '../inputs.js';
import type { CountyFile } from '@report/core';
import { stat } from 'node:fs/promises';
import { loadRoster, type LoadedRoster } from '../load-roster.js';
import { countyFile } from './county-files.js';

/** Everything `aggregate` was asked to do, read and checked from its options before any submission is read. */
export interface AggregateJob {
  year: number;
  organName: string;
  /** The aggregating organ's roster entry, when the roster lists it. */
  rootEntry?: RosterEntry;
  level: OrganLevel;
  /** The output folder (absolute). */
  folder: string;
  /** The submissions: every input file except an earlier run's outputs inside the output folder. */
  files: InputFile[];
  rosterLoaded: LoadedRoster;
  /** The roster with `--deadline` applied. */
  roster: Roster;
  /** The received-date register (`--received`), read by the job. */
  received?: CountyFile;
  /** The register's path (absolute), when given. */
  receivedPath?: string;
  /** The county's own text (`--narrative`), read by the job with the year's form. */
  narrative?: CountyFile;
  narrativePath?: string;
}

function requireOptions(context: CommandContext): void {
  const { text } = context;
  const missing = ['roster', 'organ', 'year', 'output'].filter((name) => stringOption(context, name) === undefined).map((n) => (n === 'output' ? '-o' : `--${n}`));
  if (missing.length > 0) {
    throw new UsageError(text(`缺少必填选项：${missing.join('、')}`, `missing required options: ${missing.join(', ')}`), { command: 'aggregate' });
  }
}

/** The roster entry of `--organ` (core's `aggregatingOrgan`: the roster's name or an alias exactly). */
function aggregatingEntry(context: CommandContext, roster: Roster, organName: string, level: OrganLevel | undefined): RosterEntry | undefined {
  try {
    return aggregatingOrgan(roster, organName, { ...(level ? { level } : {}), locale: context.locale }).entry;
  } catch (error) {
    if (CountyJobStop.isInstance(error)) throw new UsageError(error.message, { command: 'aggregate', ...(error.hint ? { hint: error.hint } : {}) });
    throw error;
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Reads and checks the options of `aggregate`: the roster, the register, the county's text, the organ. */
export async function readAggregateJob(context: CommandContext): Promise<AggregateJob> {
  const { text, output, io } = context;
  requireOptions(context);
  const year = yearOption(context, 'year', 'aggregate')!;
  const organName = stringOption(context, 'organ')!.trim();
  const deadline = dateOption(context, 'deadline', 'aggregate');
  const levelOption = organLevelOption(context, 'aggregate');
  const folder = resolve(io.cwd, stringOption(context, 'output')!);
  const inputs = await inputFiles(context, context.positionals, 'aggregate');
  // An output folder holding inputs is refused; one holding an earlier run's outputs (`aggregate . -o out/`) has them skipped, with the reason.
  await checkOutputTarget(context, folder, inputs);
  const files = inputs.filter((file) => {
    if (!isInside(file.path, folder)) return true;
    noteSkipped(context, { ...file, reason: 'previous-output' });
    return false;
  });
  const rosterLoaded = await loadRoster(stringOption(context, 'roster')!, { cwd: io.cwd, locale: context.locale, text, command: 'aggregate' });
  const roster = { ...rosterLoaded.roster, ...(deadline ? { deadline } : {}) };
  if (roster.entries.length === 0) {
    throw new JobError(text(`名册 ${output.path(rosterLoaded.path)} 里没有可用的单位，无法汇总`, `the roster ${output.path(rosterLoaded.path)} lists no usable organ; nothing to aggregate`), {
      hint: text('名册第一行应为表头（如“名称”“层级”），其后每行一个单位。', 'The first row of the roster is a header (e.g. name, level), then one organ per row.'),
    });
  }
  const receivedPath = stringOption(context, 'received');
  if (receivedPath && !(await isFile(resolve(io.cwd, receivedPath)))) {
    throw new UsageError(text(`找不到收文登记表：${receivedPath}`, `received-date register not found: ${receivedPath}`), { command: 'aggregate' });
  }
  const narrativeArgument = stringOption(context, 'narrative');
  const [narrativeInput] = narrativeArgument ? await inputFiles(context, [narrativeArgument], 'aggregate') : [];
  if (narrativeArgument && !narrativeInput) throw new UsageError(text('--narrative 应为一个文本文件（.txt）', '--narrative takes one text file (.txt)'), { command: 'aggregate' });
  const rootEntry = aggregatingEntry(context, roster, organName, levelOption);
  return {
    year,
    organName,
    ...(rootEntry ? { rootEntry } : {}),
    level: rootEntry?.level ?? levelOption ?? 'county',
    folder,
    files,
    rosterLoaded,
    roster,
    ...(receivedPath ? { receivedPath: resolve(io.cwd, receivedPath), received: countyFile(context, { path: resolve(io.cwd, receivedPath), name: basename(receivedPath) }) } : {}),
    ...(narrativeInput ? { narrative: countyFile(context, narrativeInput), narrativePath: narrativeInput.path } : {}),
  };
}
