import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
} from '@patternfly/react-core';
import type { Finding } from '../../findings';
import type { SaveConflict } from '../../appliance/boilerplate-save';
import { DiffView, type MonacoApi } from '../../components/yaml-editor';

export const ConfirmErrorsModal: React.FC<{
  errors: Finding[] | undefined;
  onSave: () => void;
  onCancel: () => void;
}> = ({ errors, onSave, onCancel }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <Modal
      isOpen={!!errors}
      onClose={onCancel}
      variant="medium"
      aria-labelledby="confirm-errors-title"
      data-test="confirm-errors-dialog"
    >
      <ModalHeader title={t('Save a boilerplate with errors?')} labelId="confirm-errors-title" />
      <ModalBody>
        <p>
          {t(
            'VirtualMachines made from this appliance will fail or need repairs until these are fixed:',
          )}
        </p>
        <List data-test="confirm-errors-list">
          {(errors ?? []).map((f, i) => (
            <ListItem key={`${f.code}-${i}`}>
              {t(f.message, { ...f.params, interpolation: { escapeValue: false } })}{' '}
              <small>
                ({f.code} {f.path || '/'})
              </small>
            </ListItem>
          ))}
        </List>
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={onSave} data-test="confirm-errors-save">
          {t('Save anyway')}
        </Button>
        <Button variant="link" onClick={onCancel} data-test="confirm-errors-cancel">
          {t('Keep editing')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};

export const ConflictModal: React.FC<{
  conflict: SaveConflict | undefined;
  monaco?: MonacoApi;
  onReload: () => void;
  onOverwrite: () => void;
  onCancel: () => void;
}> = ({ conflict, monaco, onReload, onOverwrite, onCancel }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [reviewed, setReviewed] = React.useState(false);
  React.useEffect(() => setReviewed(false), [conflict]);
  return (
    <Modal
      isOpen={!!conflict}
      onClose={onCancel}
      variant="large"
      aria-labelledby="conflict-title"
      data-test="conflict-dialog"
    >
      <ModalHeader title={t('Someone else changed this appliance')} labelId="conflict-title" />
      <ModalBody>
        <Alert
          isInline
          variant="warning"
          title={
            conflict?.boilerplateChanged
              ? t('The boilerplate was changed since you opened it. Nothing was saved.')
              : t(
                  'The DataSource was changed since you opened it (not its boilerplate). Nothing was saved.',
                )
          }
        />
        <p>{t('Left: the version in the cluster now. Right: your unsaved version.')}</p>
        {conflict && (
          <>
            <DiffView
              monaco={monaco}
              original={conflict.theirs}
              modified={conflict.mine}
              height="380px"
              data-test="conflict-diff"
            />
            {/* The diff needs Monaco; the plain texts keep both versions readable without it. */}
            <details>
              <summary>{t('Both versions as text')}</summary>
              <pre data-test="conflict-theirs">{conflict.theirs}</pre>
              <pre data-test="conflict-mine">{conflict.mine}</pre>
            </details>
          </>
        )}
        <label>
          <input
            type="checkbox"
            checked={reviewed}
            onChange={(e) => setReviewed(e.target.checked)}
            data-test="conflict-reviewed"
          />{' '}
          {t('I reviewed the other version and want to replace it with mine')}
        </label>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={onReload} data-test="conflict-reload">
          {t('Reload (discard my changes)')}
        </Button>
        <Button
          variant="danger"
          onClick={onOverwrite}
          isDisabled={!reviewed}
          data-test="conflict-overwrite"
        >
          {t('Overwrite with my version')}
        </Button>
        <Button variant="link" onClick={onCancel} data-test="conflict-cancel">
          {t('Keep editing')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};

export const LeaveModal: React.FC<{
  isOpen: boolean;
  onLeave: () => void;
  onStay: () => void;
}> = ({ isOpen, onLeave, onStay }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <Modal
      isOpen={isOpen}
      onClose={onStay}
      variant="small"
      aria-labelledby="leave-title"
      data-test="leave-dialog"
    >
      <ModalHeader title={t('Leave without saving?')} labelId="leave-title" />
      <ModalBody>{t('Your changes to the boilerplate are not saved and will be lost.')}</ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={onLeave} data-test="leave-confirm">
          {t('Leave')}
        </Button>
        <Button variant="link" onClick={onStay} data-test="leave-cancel">
          {t('Stay')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
