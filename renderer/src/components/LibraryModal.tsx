// A small modal dialog (focus moves in, Escape closes) and a confirmation built on it.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LibraryModal({
  title,
  onClose,
  children,
  testId,
  role = 'dialog',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  role?: 'dialog' | 'alertdialog';
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const prev = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus], input, textarea, select, button');
    first?.focus();
    return () => prev?.focus?.();
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        className="modal"
        role={role}
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

export function LibraryConfirm({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('library');
  return (
    <LibraryModal title={title} onClose={onCancel} role="alertdialog" testId="confirm-dialog">
      <p>{message}</p>
      <div className="modal-actions">
        <button type="button" onClick={onCancel} data-autofocus data-testid="confirm-cancel">
          {t('cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm} data-testid="confirm-ok">
          {confirmLabel}
        </button>
      </div>
    </LibraryModal>
  );
}
