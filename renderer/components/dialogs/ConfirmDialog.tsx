// A question with one action and Cancel; the action's error is shown in the dialog.
import { useState, type ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';
import { DialogFooter } from './DialogFooter.tsx';
import { errorText } from './errorText.ts';

interface Props {
  readonly title: string;
  readonly action: string;
  readonly onConfirm: () => Promise<unknown>;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function ConfirmDialog({ title, action, onConfirm, onClose, children }: Props) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <DialogFooter
        action={action}
        danger
        disabled={busy}
        onAction={() => {
          setBusy(true);
          onConfirm()
            .then(onClose)
            .catch((failure: unknown) => {
              setBusy(false);
              setError(errorText(failure));
            });
        }}
        onCancel={onClose}
        error={error}
      />
    </Dialog>
  );
}
