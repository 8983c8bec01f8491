/**
 * Breaks an axis label into lines of at most `width` characters at spaces (a longer word keeps
 * its own line), so the diagram can use each kenmerk's full name without labels running wide.
 */
export function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
