// Props of the code editor, apart from its heavy implementation.

export interface CodeProblem {
  /** 1-based line, shown in the list under the editor. */
  line: number;
  message: string;
  /** Offsets into the text, for the mark in the editor. */
  from: number;
  to: number;
}

export interface CodeEditorProps {
  id?: string;
  /** The accessible name of the editing area. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The problems of a text (YAML parse errors), marked at their line. */
  problems?: (text: string) => CodeProblem[];
  describedBy?: string;
  minLines?: number;
}
