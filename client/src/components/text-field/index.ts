export { Field, FieldInput, TextField } from './text-field';
export type { FieldInputProps, FieldProps, TextFieldProps } from './text-field';
