// The foot of a dialog that does one thing: its error (if any), the action, and Cancel.
import { DialogButtons } from './Dialog.tsx';

interface Props {
  /** The action's label (Move, Save, Subscribe…). */
  readonly action: string;
  /** Runs the action; absent, the action button submits the dialog's form. */
  readonly onAction?: () => void;
  readonly onCancel: () => void;
  /** The sentence shown above the buttons (role alert); empty shows nothing. */
  readonly error: string;
  /** The error's element id, for a field's aria-describedby. */
  readonly errorId?: string;
  readonly disabled?: boolean;
  /** An action that removes something: drawn as such, and Cancel takes the focus first. */
  readonly danger?: boolean;
}

export function DialogFooter({
  action,
  onAction,
  onCancel,
  error,
  errorId,
  disabled,
  danger,
}: Props) {
  return (
    <>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <DialogButtons>
        <button
          type={onAction ? 'button' : 'submit'}
          className={`button primary${danger ? ' danger' : ''}`}
          disabled={disabled}
          onClick={onAction}
        >
          {action}
        </button>
        <button
          type="button"
          className="button"
          onClick={onCancel}
          data-autofocus={danger ? true : undefined}
        >
          Cancel
        </button>
      </DialogButtons>
    </>
  );
}
