import { useId, type InputHTMLAttributes } from 'react';

/** Props of {@link TextField}: a label and value, plus any other input attributes. */
export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange'
> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Marks the input as the dialog's first focus. */
  initialFocus?: boolean;
}

/** A labelled one-line input of a dialog form, its label tied to it for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  initialFocus,
  className,
  ...rest
}: TextFieldProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        {...rest}
        id={id}
        className={className ? `field-input ${className}` : 'field-input'}
        value={value}
        data-autofocus={initialFocus || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}
