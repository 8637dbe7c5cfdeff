import type { AgreementEditorValues } from './agreement-editor-values';

/** What the editor's field groups get: the values, a way to change them, and each field's problem. */
export interface EditorFieldsProps {
  values: AgreementEditorValues;
  update: (change: (values: AgreementEditorValues) => AgreementEditorValues) => void;
  /** The translated problem of the field at this dotted path, if it should show now. */
  errorOf: (path: string) => string | undefined;
}
