import { Button, Group, Modal, Text } from '@mantine/core';
import { useI18n } from '../i18n';

/** A yes/no question in the app's own words and language (a native confirm() box cannot be translated). */
export function ConfirmModal({ message, confirmLabel, onConfirm, onClose }: { message: string; confirmLabel: string; onConfirm: () => void; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened onClose={onClose} title={t('common.confirm')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text>{message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red.9" onClick={() => (onConfirm(), onClose())}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
