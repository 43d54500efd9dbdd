// A dialog that asks for one line of text (a name): Save runs `onSave`, whose error is shown under
// the field; the dialog closes when it succeeds.
import { useId, useState } from 'react';
import { Dialog } from './Dialog.tsx';
import { DialogFooter } from './DialogFooter.tsx';
import { errorText } from './errorText.ts';

interface Props {
  readonly title: string;
  readonly label: string;
  readonly initial: string;
  readonly action: string;
  readonly onSave: (text: string) => Promise<unknown>;
  readonly onClose: () => void;
}

export function TextDialog({ title, label, initial, action, onSave, onClose }: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return setError('A name is needed.');
          setBusy(true);
          onSave(text.trim())
            .then(onClose)
            .catch((failure: unknown) => {
              setBusy(false);
              setError(errorText(failure));
            });
        }}
      >
        <label className="field">
          <span>{label}</span>
          <input
            data-autofocus
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errorId : undefined}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
        <DialogFooter
          action={action}
          disabled={busy}
          onCancel={onClose}
          error={error}
          errorId={errorId}
        />
      </form>
    </Dialog>
  );
}
