import { basename, resolve } from 'node:path';
import { matchSubmission, type OrganLevel, type Roster, type RosterEntry } from '@report/core';
import type { CommandContext } from '../command.js';
import { dateOption, inputFiles, noteSkipped, organLevelOption, stringOption, yearOption } from '../command-helpers.js';
import { checkOutputTarget, isInside } from '../output-set/output-set.js';
import { JobError, UsageError } from '../errors.js';
import type { InputFile } from '../inputs.js';
import type { LoadedFile } from '../load-file.js';
import { loadRoster, type LoadedRoster } from '../load-roster.js';
import type { ReceivedManifest } from '../received-manifest.js';
import { loadCountyNarrative } from './county-narrative.js';
import { loadReceivedRegister } from './received-register.js';

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
  manifest?: ReceivedManifest;
  /** The register's file name, for messages. */
  manifestName: string;
  /** The register's path (absolute), when given. */
  receivedPath?: string;
  narrative?: LoadedFile;
}

function requireOptions(context: CommandContext): void {
  const { text } = context;
  const missing = ['roster', 'organ', 'year', 'output'].filter((name) => stringOption(context, name) === undefined).map((n) => (n === 'output' ? '-o' : `--${n}`));
  if (missing.length > 0) {
    throw new UsageError(text(`缺少必填选项：${missing.join('、')}`, `missing required options: ${missing.join(', ')}`), { command: 'aggregate' });
  }
}

/**
 * The roster entry of `--organ`. The organ's name is printed as the county report's official title,
 * so it must be the roster's name or one of its aliases exactly: a near match (`青山县政府` for
 * `青山县人民政府`) is a usage error with the suggestion, and so is an organ a roster with 上级 links
 * does not list (almost always a typo).
 */
function aggregatingEntry(context: CommandContext, roster: Roster, organName: string, level: OrganLevel | undefined): RosterEntry | undefined {
  const { text } = context;
  const rootEntry = matchSubmission({ organ: { name: organName, level: level ?? 'county' } }, roster, { locale: context.locale }).entry;
  if (rootEntry && rootEntry.name !== organName && !(rootEntry.aliases ?? []).includes(organName)) {
    throw new UsageError(text(`名册中没有“${organName}”这个名称`, `the roster has no organ named "${organName}"`), {
      command: 'aggregate',
      hint: text(`是不是“${rootEntry.name}”？--organ 的名称会作为汇总年报的标题，须与名册中的名称或别名完全一致。`, `Did you mean "${rootEntry.name}"? The --organ name is the county report's title and must be the roster's name or an alias exactly.`),
    });
  }
  const parents = roster.entries.filter((entry) => roster.entries.some((other) => other.parent === entry.id));
  if (!rootEntry && parents.length > 0) {
    throw new UsageError(text(`名册中没有“${organName}”`, `the roster does not list "${organName}"`), {
      command: 'aggregate',
      hint: text(`名册中的汇总机关（“上级”）有：${parents.map((e) => e.name).join('、')}。请用 --organ 指定其中之一。`, `The roster's aggregating organs (parents) are: ${parents.map((e) => e.name).join(', ')}. Give one of them with --organ.`),
    });
  }
  return rootEntry;
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
  const manifest = receivedPath ? await loadReceivedRegister(context, receivedPath) : undefined;
  const narrativePath = stringOption(context, 'narrative');
  const narrative = narrativePath ? await loadCountyNarrative(context, narrativePath, year) : undefined;
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
    ...(manifest ? { manifest } : {}),
    manifestName: receivedPath ? basename(receivedPath) : '',
    ...(receivedPath ? { receivedPath: resolve(io.cwd, receivedPath) } : {}),
    ...(narrative ? { narrative } : {}),
  };
}
