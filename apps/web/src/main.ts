import { type Diagnostic } from '@report/core';
import { fontBytes } from 'virtual:gov-report/font';
import AppWorker from 'virtual:gov-report/worker';
import { byId, h, saveFile } from './dom.js';
import { droppedFiles, readInput } from './files.js';
import { locale, setLocale, strings, t, type StringKey } from './i18n.js';
import type { CountyResult, InputBytes, JobInput, JobRequest, JobResult, TownshipResult, WorkerMessage } from './protocol.js';
import './styles.css';

// ——— the worker: one job at a time, progress, cancel (terminate and start a fresh one) ———

let worker: Worker | undefined;
/** The county job's reader workers (a few, by the cores and the files), ended with the job. */
let readers: Worker[] = [];

/** Reader workers for a county job of `files` files: one per core (at most 4) when each gets 8 files or more. */
function readerCount(files: number): number {
  const count = Math.min(navigator.hardwareConcurrency || 1, 4, Math.floor(files / 8));
  return count >= 2 ? count : 0;
}

/** Starts the readers and gives each a port; the job's worker gets the other ends. */
function startReaders(count: number): MessagePort[] {
  const ports: MessagePort[] = [];
  for (let i = 0; i < count; i++) {
    const reader = new AppWorker({ name: `gov-report-reader-${i + 1}` });
    reader.onerror = (event) => {
      event.preventDefault();
      // The job cannot go on without it: the job's worker ends too (finish ends the readers).
      dropWorker();
      finish()?.reject(new Error(event.message || 'reader'));
    };
    const channel = new MessageChannel();
    reader.postMessage({ kind: 'reader' }, [channel.port2]);
    ports.push(channel.port1);
    readers.push(reader);
  }
  return ports;
}

function stopReaders(): void {
  for (const reader of readers) reader.terminate();
  readers = [];
}
let pending: { resolve: (result: JobResult | undefined) => void; reject: (error: Error) => void } | undefined;
let font: Promise<Uint8Array> | undefined;

const progress = byId('progress');
const progressBar = byId<HTMLProgressElement>('progress-bar');
const progressLabel = byId('progress-label');

function startWorker(): Worker {
  const started = new AppWorker({ name: 'gov-report' });
  started.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') {
      progressBar.max = Math.max(1, message.total);
      progressBar.value = message.done;
      progressLabel.textContent = `${t('working')} ${message.done}/${message.total} ${message.label}`;
    } else if (message.type === 'result') finish()?.resolve(message.result);
    else finish()?.reject(new Error(message.message));
  };
  started.onerror = (event) => {
    event.preventDefault();
    finish()?.reject(new Error(event.message || 'worker'));
  };
  return started;
}

function finish() {
  const job = pending;
  pending = undefined;
  stopReaders();
  progress.hidden = true;
  return job;
}

/**
 * Runs one job in the worker. The progress bar shows at once (reading the chosen files counts too), so
 * Cancel works from the first moment: it terminates the worker, and a fresh one starts for the next job.
 */
function runJob(request: JobInput | (() => Promise<JobInput>), withFont = false): Promise<JobResult | undefined> {
  if (pending) return Promise.resolve(undefined);
  progressBar.removeAttribute('value');
  progressLabel.textContent = t('working');
  progress.hidden = false;
  return new Promise((resolve, reject) => {
    const job = { resolve, reject };
    pending = job;
    (async () => {
      const input = typeof request === 'function' ? await request() : request;
      const fontData = withFont ? await (font ??= fontBytes()) : undefined;
      if (pending !== job) return; // cancelled meanwhile
      worker ??= startWorker();
      const ports = input.kind === 'county' ? startReaders(readerCount(input.files.length)) : [];
      worker.postMessage({ ...input, locale: locale(), ...(fontData ? { font: fontData } : {}) } as JobRequest, ports);
    })().catch((error: unknown) => {
      if (pending === job) finish()?.reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

/** Ends the job's worker; a fresh one starts for the next job. */
function dropWorker(): void {
  worker?.terminate();
  worker = undefined;
}

byId('cancel').addEventListener('click', () => {
  dropWorker();
  finish()?.resolve(undefined);
});

/** What a job ended with, as one status line: nothing, a failure with what to do, or an error. */
async function attempt(status: HTMLElement, job: () => Promise<JobResult | undefined>): Promise<JobResult | undefined> {
  status.replaceChildren();
  status.className = 'status';
  try {
    const result = await job();
    if (!result) {
      status.textContent = t('cancelled');
      return undefined;
    }
    if (result.kind === 'failure') {
      status.className = 'status status--error';
      status.append(h('strong', {}, result.message), result.hint ? h('span', {}, ` ${result.hint}`) : '');
      return undefined;
    }
    return result;
  } catch (error) {
    status.className = 'status status--error';
    status.textContent = `${t('failed')}${(error as Error).message}`;
    return undefined;
  }
}

// ——— problems, shared by both modes ———

/** Where a problem is, in words: the worker's `describeLocation` (sheet, cell, official label, section title), never an id. */
function where(d: Diagnostic & { where?: string }): string {
  return d.where ?? [d.location.sheet, d.location.cell].filter(Boolean).join(' · ');
}

/** The spec's and a province's rule numbers (R3-1, XM-1) are shown; internal codes (`narrative-table-mismatch`) are not. */
const ruleNumber = (code: string) => (/^[A-Z]+\d*-\d+$/.test(code) ? code : '');

function problemItem(d: Diagnostic, onShow?: () => void): HTMLLIElement {
  const body = [
    h('span', { className: `badge badge--${d.severity}` }, t(`severity_${d.severity}` as StringKey)),
    ruleNumber(d.code) ? h('code', {}, ruleNumber(d.code)) : null,
    h('span', { className: 'where' }, where(d)),
    h('span', { className: 'message' }, d.message),
    d.help ? h('span', { className: 'help' }, `${t('fix')}${d.help}`) : null,
  ];
  const attributes = { 'data-code': d.code, 'data-file': d.location.file, 'data-cell': d.location.cell, 'data-sheet': d.location.sheet, className: `problem problem--${d.severity}` };
  return onShow ? h('li', attributes, h('button', { type: 'button', className: 'problem-button' }, ...body)) : h('li', attributes, ...body);
}

// ——— 乡镇自查 ———

const townshipStatus = byId('township-status');
const townshipResult = byId('township-result');
let lastTownship: TownshipResult | undefined;

const refOf = (d: Diagnostic) => (d.location.table && d.location.row && d.location.column ? `${d.location.table}/${d.location.row}/${d.location.column}` : undefined);

function showTownship(result: TownshipResult): void {
  lastTownship = result;
  const counts = { e: 0, w: 0, i: 0 };
  for (const d of result.diagnostics) counts[d.severity === 'error' ? 'e' : d.severity === 'warning' ? 'w' : 'i'] += 1;
  const head = h(
    'div',
    { className: 'result-head' },
    h('h2', {}, [result.organ, result.year, result.file].filter(Boolean).join(' · ')),
    h('p', { id: 'township-counts', className: counts.e > 0 ? 'bad' : 'good' }, result.diagnostics.length === 0 ? t('noProblems') : t('errorsWarnings', counts)),
    !result.reportJson ? h('p', { className: 'bad' }, t('unreadable')) : null,
  );
  const actions = h('div', { className: 'actions' });
  if (result.reportJson) {
    const json = h('button', { type: 'button', id: 'township-json' }, t('downloadJson'));
    json.addEventListener('click', () => saveFile(`${result.file.replace(/\.[^.]*$/, '')}.json`, 'application/json', new TextEncoder().encode(result.reportJson)));
    const pdf = h('button', { type: 'button', id: 'township-pdf' }, t('downloadPdf'));
    pdf.addEventListener('click', async () => {
      const made = await attempt(townshipStatus, () => runJob({ kind: 'render-pdf', report: JSON.parse(result.reportJson!) }, true));
      if (made?.kind === 'file') saveFile(made.file.name, made.file.mediaType, made.file.bytes);
    });
    actions.append(json, pdf);
  }
  if (result.annotated) {
    const { annotated } = result;
    const button = h('button', { type: 'button', id: 'township-annotated' }, t('downloadAnnotated'));
    button.addEventListener('click', () => saveFile(annotated.name, annotated.mediaType, annotated.bytes));
    actions.prepend(button);
  }

  // Problems grouped by table, in the form's order; the rest after.
  const tableTitle = new Map(result.tables.map((table) => [table.id, table.title]));
  const groups = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    const key = d.location.table && tableTitle.has(d.location.table) ? d.location.table : '';
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const order = [...result.tables.map((table) => table.id), ''].filter((key) => groups.has(key));
  const problems = h('section', { className: 'problems', 'aria-labelledby': 'township-problems-title', tabindex: 0 }, h('h3', { id: 'township-problems-title' }, t('problems')));
  for (const key of order) {
    const list = h('ul', { className: 'problem-list' });
    for (const d of groups.get(key)!) list.append(problemItem(d, () => undefined));
    problems.append(h('h4', {}, key ? tableTitle.get(key)! : t('otherProblems')), list);
  }
  if (result.diagnostics.length === 0) problems.append(h('p', {}, t('noProblems')));

  const tables = h('section', { className: 'tables', 'aria-labelledby': 'township-tables-title', tabindex: 0 }, h('h3', { id: 'township-tables-title' }, t('tables')));
  for (const table of result.tables) {
    const holder = h('div', { className: 'official-table', 'data-table-id': table.id });
    holder.innerHTML = table.html; // render-html escapes every text it writes
    tables.append(holder);
  }
  // Mark the cells with problems; a problem without a cell marks its table.
  result.diagnostics.forEach((d, index) => {
    const ref = refOf(d);
    const cell = ref ? tables.querySelector<HTMLElement>(`td[data-ref="${CSS.escape(ref)}"]`) : null;
    if (cell) {
      cell.classList.add('marked', `marked--${d.severity}`);
      cell.title = [ruleNumber(d.code), d.message].filter(Boolean).join(" ");
      cell.dataset.problem = String(index);
      cell.setAttribute('aria-label', `${cell.textContent ?? ''} — ${d.message}`);
    }
  });
  problems.querySelectorAll<HTMLButtonElement>('.problem-button').forEach((button, index) => {
    const d = [...order.flatMap((key) => groups.get(key)!)][index];
    button.addEventListener('click', () => {
      const ref = refOf(d);
      const target = (ref && tables.querySelector<HTMLElement>(`td[data-ref="${CSS.escape(ref)}"]`)) || (d.location.table ? tables.querySelector<HTMLElement>(`[data-table-id="${CSS.escape(d.location.table)}"]`) : null);
      if (!target) return;
      tables.querySelectorAll('.shown').forEach((element) => element.classList.remove('shown'));
      target.classList.add('shown');
      target.tabIndex = -1;
      target.scrollIntoView({ block: 'center', inline: 'center' });
      target.focus({ preventScroll: true });
    });
  });
  townshipResult.replaceChildren(head, actions, h('div', { className: 'split' }, problems, tables));
  townshipResult.hidden = false;
  const organInput = byId<HTMLInputElement>('template-organ');
  const yearInput = byId<HTMLInputElement>('template-year');
  if (result.organ) organInput.value = result.organ;
  if (result.year) yearInput.value = String(result.year);
}

async function checkTownshipFile(input: InputBytes): Promise<void> {
  const result = await attempt(townshipStatus, () => runJob({ kind: 'township', file: input }));
  if (result?.kind === 'township') showTownship(result);
}

byId<HTMLInputElement>('township-file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) await checkTownshipFile(await readInput(file));
});

byId('template-download').addEventListener('click', async () => {
  const organ = byId<HTMLInputElement>('template-organ').value.trim();
  const year = Number(byId<HTMLInputElement>('template-year').value) || new Date().getFullYear() - 1;
  const made = await attempt(townshipStatus, () => runJob({ kind: 'template', organ: organ || (locale() === 'en' ? 'organ' : '某某乡人民政府'), year }));
  if (made?.kind === 'file') saveFile(made.file.name, made.file.mediaType, made.file.bytes);
});

// ——— 县级汇总 ———

const countyStatus = byId('county-status');
const countyResult = byId('county-result');
let countyFiles: Array<{ file: File; path: string }> = [];
let lastCounty: CountyResult | undefined;

function setCountyFiles(files: Array<{ file: File; path: string }>, add: boolean): void {
  const merged = add ? [...countyFiles, ...files] : files;
  const seen = new Set<string>();
  countyFiles = merged.filter((item) => (seen.has(item.path) ? false : (seen.add(item.path), true)));
  byId('county-chosen').textContent = countyFiles.length > 0 ? t('chosen', { n: countyFiles.length }) : '';
}

byId<HTMLInputElement>('county-files').addEventListener('change', (event) => {
  setCountyFiles([...((event.target as HTMLInputElement).files ?? [])].map((file) => ({ file, path: file.name })), true);
});
byId<HTMLInputElement>('county-folder').addEventListener('change', (event) => {
  setCountyFiles([...((event.target as HTMLInputElement).files ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name })), true);
});

const fileOf = (id: string) => byId<HTMLInputElement>(id).files?.[0];

byId('county-run').addEventListener('click', async () => {
  const rosterFile = fileOf('county-roster');
  if (countyFiles.length === 0 || !rosterFile) {
    countyStatus.className = 'status status--error';
    countyStatus.textContent = t('needFiles');
    return;
  }
  const receivedFile = fileOf('county-received');
  const narrativeFile = fileOf('county-narrative');
  const year = Number(byId<HTMLInputElement>('county-year').value) || undefined;
  const organ = byId<HTMLInputElement>('county-organ').value.trim() || undefined;
  const result = await attempt(countyStatus, () =>
    runJob(
      async () => ({
        kind: 'county',
        files: await Promise.all(countyFiles.map((item) => readInput(item.file, item.path))),
        roster: await readInput(rosterFile),
        ...(receivedFile ? { received: await readInput(receivedFile) } : {}),
        ...(narrativeFile ? { narrative: await readInput(narrativeFile) } : {}),
        ...(organ ? { organ } : {}),
        ...(year ? { year } : {}),
        pdf: true,
      }),
      true,
    ),
  );
  if (result?.kind === 'county') showCounty(result);
});

const summaryKeys: Array<[keyof CountyResult['summary'], StringKey]> = [
  ['expected', 'expected'],
  ['received', 'receivedCount'],
  ['missing', 'missing'],
  ['accepted', 'accepted'],
  ['rejected', 'rejected'],
  ['duplicate', 'duplicate'],
  ['late', 'late'],
  ['unexpected', 'unexpected'],
  ['unreadable', 'unreadableCount'],
  ['skipped', 'skippedCount'],
  ['files', 'files'],
];

function frame(title: string, html: string, id: string): HTMLIFrameElement {
  // Sandboxed: the rendered documents run no script and make no request (their own CSP says so too).
  const element = h('iframe', { title, id, sandbox: '', className: 'preview' });
  element.srcdoc = html;
  return element;
}

/** Why a file went where it did: its reasons, the first error once (with where it is), not again among the reasons. */
function accountReasons(account: CountyResult['accounts'][number]): string {
  const { firstError } = account;
  const reasons = firstError ? account.reasons.filter((reason) => !firstError.startsWith(reason)) : account.reasons;
  return [reasons.join('；'), firstError].filter(Boolean).join(' — ');
}

function showCounty(result: CountyResult): void {
  lastCounty = result;
  const summary = h(
    'table',
    { className: 'summary', id: 'completeness' },
    h('caption', {}, `${result.organ} ${result.year} · ${t('completeness')}`),
    h('thead', {}, h('tr', {}, ...summaryKeys.map(([, label]) => h('th', { scope: 'col' }, t(label))))),
    h('tbody', {}, h('tr', {}, ...summaryKeys.map(([key]) => h('td', { 'data-count': key }, String(result.summary[key]))))),
  );
  const files = h(
    'table',
    { className: 'files', id: 'file-accounts' },
    h('caption', {}, t('fileList')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('file')), h('th', { scope: 'col' }, t('organColumn')), h('th', { scope: 'col' }, t('status')), h('th', { scope: 'col' }, t('reason')))),
    h(
      'tbody',
      {},
      ...result.accounts.map((account) =>
        h(
          'tr',
          { 'data-status': account.status, 'data-file': account.file },
          h('td', {}, account.file),
          h('td', {}, account.organ ?? ''),
          h('td', { className: `status-${account.status}` }, t(`status_${account.status}` as StringKey) + (account.late ? t('lateMark') : '')),
          h('td', {}, accountReasons(account)),
        ),
      ),
    ),
  );
  const missing = result.missing.length > 0 ? h('p', { id: 'missing-organs' }, `${t('missingList')}：${result.missing.map((m) => m.name).join('、')}`) : null;
  const skipped =
    result.skipped.length > 0
      ? h('p', { id: 'skipped-files' }, `${t('skippedList')}：${result.skipped.map((file) => `${file.path}（${file.why}）`).join('、')}`)
      : null;
  const downloads = h('ul', { className: 'downloads', id: 'downloads' });
  for (const output of result.outputs) {
    const button = h('button', { type: 'button', 'data-output': output.kind }, `${output.label} · ${output.name}`);
    button.addEventListener('click', () => saveFile(output.name, output.mediaType, output.bytes));
    downloads.append(h('li', {}, button));
  }
  const shown = result.diagnostics.slice(0, 300);
  const problems = h('ul', { className: 'problem-list', id: 'county-problems', tabindex: 0, 'aria-label': t('checking') }, ...shown.map((d) => problemItem(d)));
  const more = result.diagnostics.length > shown.length ? h('p', {}, t('moreProblems', { n: result.diagnostics.length - shown.length })) : null;
  countyResult.replaceChildren(
    summary,
    missing ?? '',
    skipped ?? '',
    ...result.notes.map((note) => h('p', { className: 'note' }, note)),
    result.readers > 0 ? h('p', { className: 'note', id: 'county-readers' }, t('readersNote', { n: result.readers, files: result.summary.files })) : '',
    h('h3', {}, t('downloads')),
    downloads,
    files,
    h('h3', {}, `${t('checking')}（${result.diagnostics.length}）`),
    problems,
    more ?? '',
    h('h3', {}, t('preview')),
    frame(t('preview'), result.previewHtml, 'county-preview'),
    h('h3', {}, t('checkingReport')),
    frame(t('checkingReport'), result.checkingHtml, 'county-checking'),
  );
  countyResult.hidden = false;
}

// ——— dropping files ———

for (const zone of document.querySelectorAll<HTMLElement>('[data-drop]')) {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drop--over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop--over'));
  zone.addEventListener('drop', async (event) => {
    event.preventDefault();
    zone.classList.remove('drop--over');
    if (!event.dataTransfer) return;
    const dropped = await droppedFiles(event.dataTransfer);
    if (zone.dataset.drop === 'township') {
      if (dropped[0]) await checkTownshipFile(await readInput(dropped[0].file, dropped[0].path));
    } else setCountyFiles(dropped, true);
  });
}
// A file dropped beside a zone must not navigate away from the page (and lose the work).
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());

// ——— tabs and language ———

const tabs = [byId<HTMLButtonElement>('tab-township'), byId<HTMLButtonElement>('tab-county')];
function selectTab(tab: HTMLButtonElement, focus = false): void {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    byId(other.getAttribute('aria-controls')!).hidden = !selected;
  }
  if (focus) tab.focus();
}
tabs.forEach((tab, index) => {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      selectTab(tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length], true);
    }
  });
});

function applyLocale(): void {
  document.documentElement.lang = locale() === 'en' ? 'en' : 'zh-CN';
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) element.textContent = t(element.dataset.t as keyof typeof strings);
  document.title = t('title');
  const button = byId('language');
  button.textContent = locale() === 'en' ? '中文' : 'English';
  button.lang = locale() === 'en' ? 'zh-CN' : 'en';
  if (countyFiles.length > 0) byId('county-chosen').textContent = t('chosen', { n: countyFiles.length });
  if (lastTownship) showTownship(lastTownship);
  if (lastCounty) showCounty(lastCounty);
}
byId('language').addEventListener('click', () => {
  setLocale(locale() === 'en' ? 'zh-CN' : 'en');
  applyLocale();
  if (lastTownship || lastCounty) {
    const status = lastCounty ? countyStatus : townshipStatus;
    status.className = 'status';
    status.textContent = t('rerun');
  }
});
byId<HTMLInputElement>('template-year').value = String(new Date().getFullYear() - 1);
if (new URLSearchParams(location.search).get('lang') === 'en') {
  setLocale('en');
  applyLocale();
}
