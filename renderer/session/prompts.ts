/** One button of a choice dialog. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

/**
 * The questions the document flows ask the user. The app answers them with in-page dialogs;
 * tests answer them with scripts. Every method resolves (never rejects) once the user answered.
 */
export interface Prompts {
  /** Shows a message the user must acknowledge (errors, failures). */
  alert(title: string, message: string): Promise<void>;
  /** Offers a few buttons; resolves to the chosen value, or `cancel` on Escape. */
  choose<T extends string>(
    title: string,
    message: string,
    choices: readonly Choice<T>[],
    cancel: T,
  ): Promise<T>;
  /** Asks for one line of text; null when cancelled. */
  askText(
    title: string,
    label: string,
    initial: string,
    confirmLabel: string,
  ): Promise<string | null>;
  /** The in-page "Save as" dialog: a file name to save into `folder`; null when cancelled. */
  askSaveName(suggested: string, folder: string): Promise<string | null>;
  /** The in-page "Open" dialog over recent and library files; null when cancelled. */
  askOpenPath(): Promise<string | null>;
}
