import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog around one form: OK submits it, the save error shows above it, and a stray click beside the dialog (or
 * on a list that drops over its edge) does not close it and lose what was typed.
 */
export function FormDialog(props: {
  title: ReactNode;
  okText?: string;
  okIcon?: ReactNode;
  isSaving: boolean;
  /** The save error in the user's language, or null. */
  errorText: string | null;
  onOk: () => void;
  onCancel: () => void;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText ?? t('common.save')}
      okButtonProps={props.okIcon ? { icon: props.okIcon } : undefined}
      cancelText={t('common.cancel')}
      confirmLoading={props.isSaving}
      onOk={props.onOk}
      onCancel={props.onCancel}
      width={props.width}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {props.errorText !== null ? (
        <Alert type="error" showIcon role="alert" className="form-alert" title={props.errorText} />
      ) : null}
      {props.children}
    </Modal>
  );
}
