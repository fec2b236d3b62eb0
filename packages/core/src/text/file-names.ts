/** A file name made safe for Windows and Linux folders (organ and file names from inputs may carry `/` or `:`). */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/^\.+/, '').trim() || '_';
}

/** `青山镇.xlsx`, or `青山镇（2）.xlsx` when the name is taken already (compared without case, as Windows does); the name is then taken. */
export function distinctFileName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}（${n}）${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
