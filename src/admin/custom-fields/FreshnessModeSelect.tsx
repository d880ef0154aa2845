/** The labelled choice of "Veraltet-Hinweis", as plain props (tested without the admin's form). */
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { FreshnessModeMessageId } from './freshness-mode-labels';

export interface FreshnessModeSelectProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  values: readonly string[];
  value: string | null | undefined;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
  onChange(value: string): void;
}

export const FreshnessModeSelect = ({
  name,
  label,
  hint,
  values,
  value,
  error,
  required,
  disabled,
  labelAction,
  onChange,
}: FreshnessModeSelectProps) => {
  const { formatMessage } = useIntl();
  const text = (id: FreshnessModeMessageId) => formatMessage({ id });
  // A value this list does not know (added to the schema later) is shown as it is stored.
  const labelOf = (v: string) =>
    ['auto', 'evergreen', 'archived'].includes(v) ? text(`freshness-mode.${v}` as FreshnessModeMessageId) : v;
  return (
    <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <SingleSelect
        value={value ?? undefined}
        disabled={disabled}
        placeholder={text('freshness-mode.placeholder')}
        onChange={(next: string | number) => onChange(String(next))}
      >
        {values.map((v) => (
          <SingleSelectOption key={v} value={v}>
            {labelOf(v)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
