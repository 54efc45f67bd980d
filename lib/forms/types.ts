// Form descriptions the generic form dialog and wizard render; validation is a zod schema.
import type { z } from 'zod';

/** string[] holds ordered or multiple choices (networks, security groups). */
export type FieldValue = string | boolean | string[];
export type FormValues = Record<string, FieldValue>;

export interface FieldOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** Why the option is disabled, read out with it. */
  reason?: string;
}

export interface FieldSpec {
  name: string;
  label: string;
  kind:
    | 'text'
    | 'password'
    | 'textarea'
    | 'select'
    | 'radio'
    | 'checkbox'
    /** Several choices from `options`; the value is a string[]. */
    | 'checkboxes'
    | 'number'
    | 'file-text'
    /** Two lists (candidates from `options`, members) with roles per member; lib/forms/members.ts. */
    | 'members';
  help?: string;
  placeholder?: string;
  required?: boolean;
  options?: FieldOption[];
  rows?: number;
  /** For file-text: accepted file types and the largest file read, in bytes. */
  accept?: string;
  maxFileBytes?: number;
  /** Show the field only when this returns true for the current values. */
  visible?: (values: FormValues) => boolean;
  autoComplete?: string;
  monospace?: boolean;
  /**
   * For textarea and file-text: edit in the code editor (components/ui/code-editor),
   * with the text's problems (YAML errors) marked at their line as the user types.
   */
  code?: {
    problems?: (text: string) => { line: number; message: string; from: number; to: number }[];
  };
  /** For members: the roles a member can hold, the role a new member starts with, the list names. */
  roles?: FieldOption[];
  defaultRole?: string;
  candidatesLabel?: string;
}

export interface FormSpec<S extends z.ZodType = z.ZodType> {
  title: string;
  submitLabel: string;
  /** Shown beside the form: what this does, in a student's words. */
  description?: string;
  fields: FieldSpec[];
  schema: S;
  defaults: FormValues;
}
