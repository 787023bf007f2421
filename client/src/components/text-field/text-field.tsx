import type { ReactNode } from 'react';
import { Input, Text, View, type InputProps } from '@tarojs/components';
import './text-field.scss';

export interface FieldProps {
  label?: string;
  /** Grey note after the label, e.g. "选填". */
  marker?: string;
  /** Shown under the control in red. */
  error?: string | null;
  errorClassName?: string;
  children?: ReactNode;
}

/** Label, control and the control's own error message. */
export function Field({ label, marker, error, errorClassName, children }: FieldProps) {
  return (
    <View className="field">
      {label ? (
        <Text className="field__label">
          {label}
          {marker ? <Text className="field__optional">{marker}</Text> : null}
        </Text>
      ) : null}
      {children}
      {error ? (
        <Text className={errorClassName ? `field__error ${errorClassName}` : 'field__error'}>{error}</Text>
      ) : null}
    </View>
  );
}

export interface FieldInputProps {
  value: string;
  placeholder?: string;
  maxlength?: number;
  type?: InputProps['type'];
  confirmType?: InputProps['confirmType'];
  /** Red border. */
  invalid?: boolean;
  className?: string;
  onInput: (value: string) => void;
  onConfirm?: () => void;
}

/** The bordered text input of a form, also usable on its own (e.g. a search box). */
export function FieldInput({ invalid, className, onInput, ...input }: FieldInputProps) {
  const classes = ['field__input', invalid ? 'field__input--invalid' : '', className ?? ''];
  return (
    <Input
      {...input}
      className={classes.filter(Boolean).join(' ')}
      onInput={(e) => onInput(e.detail.value)}
    />
  );
}

export interface TextFieldProps
  extends Omit<FieldProps, 'children'>, Omit<FieldInputProps, 'invalid' | 'className'> {
  inputClassName?: string;
}

/** A one-line text field; `error` both marks the input and is shown under it. */
export function TextField({
  label,
  marker,
  error,
  errorClassName,
  inputClassName,
  ...input
}: TextFieldProps) {
  return (
    <Field label={label} marker={marker} error={error} errorClassName={errorClassName}>
      <FieldInput {...input} className={inputClassName} invalid={Boolean(error)} />
    </Field>
  );
}
