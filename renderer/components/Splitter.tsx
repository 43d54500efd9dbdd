// A draggable, keyboard-adjustable divider between two panes.
import { useRef } from 'react';

interface Props {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (value: number) => void;
  /** Receives the width to save: the new one, not the value this render was given. */
  readonly onCommit: (value: number) => void;
}

export function Splitter({ label, value, min, max, onChange, onCommit }: Props) {
  const drag = useRef<{ startX: number; startValue: number; last: number } | null>(null);
  const clamp = (next: number): number => Math.round(Math.min(max, Math.max(min, next)));
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startValue: value, last: value };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        drag.current.last = clamp(drag.current.startValue + event.clientX - drag.current.startX);
        onChange(drag.current.last);
      }}
      onPointerUp={() => {
        if (drag.current) onCommit(drag.current.last);
        drag.current = null;
      }}
      onKeyDown={(event) => {
        const step = event.key === 'ArrowLeft' ? -16 : event.key === 'ArrowRight' ? 16 : 0;
        if (!step) return;
        event.preventDefault();
        event.stopPropagation();
        const next = clamp(value + step);
        onChange(next);
        onCommit(next);
      }}
    />
  );
}
