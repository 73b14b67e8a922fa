import { Form, Input } from 'antd';
import { createContext, use, type ReactNode } from 'react';

/** Where the form's messages come from: one lookup by field path for the browser's checks and the host's refusals. */
export interface FieldMessages {
  message(path: string): string | undefined;
  /** The clerk has been in this field: its problems may be shown now. */
  touch(path: string): void;
}

export const FieldMessagesContext = createContext<FieldMessages>({ message: () => undefined, touch: () => {} });

export const useFieldMessages = () => use(FieldMessagesContext);

/** The element id of a field path, so labels, tests and "go to the first problem" can find it. */
export const fieldId = (path: string) => `intake-${path.replaceAll('.', '-')}`;

export function Field({ path, label, children, className }: { path: string; label: ReactNode; children: ReactNode; className?: string }) {
  const error = useFieldMessages().message(path);
  return (
    <Form.Item label={label} htmlFor={fieldId(path)} className={className} validateStatus={error ? 'error' : undefined} help={error}>
      {children}
    </Form.Item>
  );
}

interface TextFieldProps {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  placeholder?: string;
  className?: string;
  autoFocus?: boolean;
}

export function TextField({ path, label, value, onChange, maxLength, placeholder, className, autoFocus }: TextFieldProps) {
  const { touch } = useFieldMessages();
  return (
    <Field path={path} label={label} className={className}>
      <Input
        id={fieldId(path)}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        autoFocus={autoFocus}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => touch(path)}
      />
    </Field>
  );
}
