/** The content manager's input for the custom field `global::freshness-mode`: the form's value, labelled. */
import * as React from 'react';
import { useField } from '@strapi/strapi/admin';
import { FreshnessModeSelect } from './FreshnessModeSelect';

interface CustomFieldInputProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
  attribute: { enum?: string[] };
}

export const FreshnessModeInput = React.forwardRef<HTMLDivElement, CustomFieldInputProps>(
  ({ name, label, hint, required, disabled, labelAction, attribute }, ref) => {
    const field = useField<string>(name);
    return (
      <div ref={ref}>
        <FreshnessModeSelect
          name={name}
          label={label}
          hint={hint}
          required={required}
          disabled={disabled}
          labelAction={labelAction}
          values={attribute.enum ?? ['auto', 'evergreen', 'archived']}
          value={field.value}
          error={field.error}
          onChange={(value) => field.onChange(name, value)}
        />
      </div>
    );
  },
);
FreshnessModeInput.displayName = 'FreshnessModeInput';
export default FreshnessModeInput;
