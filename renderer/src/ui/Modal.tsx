// A small modal dialog (focus moves in and stays in, Escape closes, focus returns) and a confirmation built on it.
import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../lib/useModalDialog';
import './modal.css';

export function Modal({
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
  const titleId = useId();
  useModalDialog(box, onClose);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        className="modal"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid={testId}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

export function Confirm({
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
    <Modal title={title} onClose={onCancel} role="alertdialog" testId="confirm-dialog">
      <p>{message}</p>
      <div className="modal-actions">
        <button type="button" onClick={onCancel} data-autofocus data-testid="confirm-cancel">
          {t('cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm} data-testid="confirm-ok">
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
