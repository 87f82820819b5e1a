// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g
const MAX_LINE = 500

/** Keeps the last `maxLines` lines of a process's output, without colour codes. */
export class LogTail {
  private lines: string[] = []
  private partial = ''

  constructor(private readonly maxLines = 100) {}

  push(chunk: Buffer | string): void {
    const text = (this.partial + chunk.toString()).replace(ANSI, '').replace(/\r(?!\n)/g, '\n')
    const parts = text.split(/\r?\n/)
    this.partial = parts.pop() ?? ''
    for (const line of parts) this.add(line)
  }

  /** A line of our own (start, exit code), kept in order with the process output. */
  note(line: string): void {
    this.flush()
    this.add(line)
  }

  toString(): string {
    this.flush()
    return this.lines.join('\n')
  }

  private flush(): void {
    if (this.partial) this.add(this.partial)
    this.partial = ''
  }

  private add(line: string): void {
    this.lines.push(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line)
    if (this.lines.length > this.maxLines) this.lines.splice(0, this.lines.length - this.maxLines)
  }
}
