/**
 * What an importer tells the person running it, beside the file it writes: each message with
 * its weight and, when it is about a place in an input, the file and line. The CLI prints them
 * on stderr and sets the exit code from the heaviest.
 */
export interface ImportMessage {
  /**
   * `fatal`: nothing can be written (an input that does not exist, a mapping file that is wrong);
   * `error`: written, but something was not imported (it is kept as a comment);
   * `warning`: imported, but not as written (a guess, a renaming, a missing target);
   * `note`: for the record (a document that is no catalog entity, a value left to the default).
   */
  level: 'fatal' | 'error' | 'warning' | 'note';
  text: string;
  /** Absolute '/'-separated path of the input the message is about. */
  file?: string;
  /** 1-based. */
  line?: number;
}

export interface ImportResult {
  /** The landscape.yaml text; undefined when a fatal message says why nothing was made. */
  text: string | undefined;
  messages: ImportMessage[];
  /** How many entities of each section were written (for the one-line summary). */
  counts: Record<string, number>;
}

/** Collects messages in the order they arise. */
export class Messages {
  readonly list: ImportMessage[] = [];

  add(level: ImportMessage['level'], text: string, at?: { file?: string; line?: number }): void {
    this.list.push({ level, text, ...(at?.file !== undefined ? { file: at.file } : {}), ...(at?.line !== undefined ? { line: at.line } : {}) });
  }

  get fatal(): boolean {
    return this.list.some((m) => m.level === 'fatal');
  }
}
