// "Mở tệp dữ liệu": picks a file on this computer for a preview; nothing is sent anywhere.
import { useId, useRef } from 'react';
import { PREVIEW_MESSAGES } from '../../i18n/messages-preview';
import { useLocale } from '../../state/view-store';

export function LocalFilePicker({ onFile }: { onFile: (file: File) => void }) {
  const m = PREVIEW_MESSAGES[useLocale()];
  const input = useRef<HTMLInputElement>(null);
  const hint = useId();
  return (
    <div className="file-picker">
      <button type="button" className="button" aria-describedby={hint} onClick={() => input.current?.click()}>
        {m.open}
      </button>
      <span id={hint} className="file-picker__hint">
        {m.openHint}
      </span>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.xlsx"
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
