/** One labelled text field and its submit button on a line (`library-create`): a name to create, a message to save with. */
import type { FormEvent } from 'react';

interface LabelledTextFormProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSubmit: (event: FormEvent) => void;
  readonly button: string;
  /** `data-testid` of the field; the button's is given by `buttonTestId`. */
  readonly fieldTestId: string;
  readonly buttonTestId: string;
  readonly busy: boolean;
  /** Set when the form cannot be used: the field and the button are disabled. */
  readonly unusable?: boolean;
  readonly buttonTitle?: string | undefined;
}

export function LabelledTextForm(props: LabelledTextFormProps) {
  const unusable = props.unusable === true;
  return (
    <form className="library-create" onSubmit={props.onSubmit}>
      <label>
        <span>{props.label}</span>
        <input
          type="text"
          data-testid={props.fieldTestId}
          value={props.value}
          disabled={unusable}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </label>
      <button
        type="submit"
        data-testid={props.buttonTestId}
        disabled={props.busy || unusable}
        title={props.buttonTitle}
      >
        {props.button}
      </button>
    </form>
  );
}
