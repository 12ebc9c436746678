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
  type ButtonProps,
  type ModalProps,
} from '@patternfly/react-core';
import { findingLocation, type Finding } from '../../findings';
import type { SaveConflict } from '../../appliance/boilerplate-save';
import { DiffView, type MonacoApi } from '../../components/yaml-editor';
import { rawValues } from '../../components/i18n-values';

interface DialogAction {
  label: string;
  variant: ButtonProps['variant'];
  onClick: () => void;
  isDisabled?: boolean;
  'data-test': string;
}

/**
 * The editor's dialogs: a titled modal whose title labels it (`<name>-title`), a body and a row of
 * buttons. Closing it (Escape, the X) is `onClose`.
 */
const EditorDialog: React.FC<{
  /** `<name>-dialog` is its data-test, `<name>-title` its title's id. */
  name: string;
  isOpen: boolean;
  onClose: () => void;
  variant: ModalProps['variant'];
  title: string;
  actions: readonly DialogAction[];
  children: React.ReactNode;
}> = ({ name, isOpen, onClose, variant, title, actions, children }) => (
  <Modal
    isOpen={isOpen}
    onClose={onClose}
    variant={variant}
    aria-labelledby={`${name}-title`}
    data-test={`${name}-dialog`}
  >
    <ModalHeader title={title} labelId={`${name}-title`} />
    <ModalBody>{children}</ModalBody>
    <ModalFooter>
      {actions.map(({ label, ...button }) => (
        <Button key={button['data-test']} {...button}>
          {label}
        </Button>
      ))}
    </ModalFooter>
  </Modal>
);

export const ConfirmErrorsModal: React.FC<{
  errors: Finding[] | undefined;
  onSave: () => void;
  onCancel: () => void;
}> = ({ errors, onSave, onCancel }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <EditorDialog
      name="confirm-errors"
      isOpen={!!errors}
      onClose={onCancel}
      variant="medium"
      title={t('Save a boilerplate with errors?')}
      actions={[
        {
          label: t('Save anyway'),
          variant: 'danger',
          onClick: onSave,
          'data-test': 'confirm-errors-save',
        },
        {
          label: t('Keep editing'),
          variant: 'link',
          onClick: onCancel,
          'data-test': 'confirm-errors-cancel',
        },
      ]}
    >
      <p>
        {t(
          'VirtualMachines made from this appliance will fail or need repairs until these are fixed:',
        )}
      </p>
      <List data-test="confirm-errors-list">
        {(errors ?? []).map((f, i) => (
          <ListItem key={`${f.code}-${i}`}>
            {t(f.message, rawValues({ ...f.params }))}{' '}
            <small>
              ({f.code} {findingLocation(f)})
            </small>
          </ListItem>
        ))}
      </List>
    </EditorDialog>
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
    <EditorDialog
      name="conflict"
      isOpen={!!conflict}
      onClose={onCancel}
      variant="large"
      title={t('Someone else changed this appliance')}
      actions={[
        {
          label: t('Reload (discard my changes)'),
          variant: 'primary',
          onClick: onReload,
          'data-test': 'conflict-reload',
        },
        {
          label: t('Overwrite with my version'),
          variant: 'danger',
          onClick: onOverwrite,
          isDisabled: !reviewed,
          'data-test': 'conflict-overwrite',
        },
        {
          label: t('Keep editing'),
          variant: 'link',
          onClick: onCancel,
          'data-test': 'conflict-cancel',
        },
      ]}
    >
      <Alert
        isInline
        variant="warning"
        title={
          conflict?.boilerplateChanged
            ? t('The boilerplate was changed since you opened it. Nothing was saved.')
            : conflict?.parametersChanged
              ? t(
                  'The parameter declarations were changed since you opened them. Nothing was saved.',
                )
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
            originalLabel={t('The version in the cluster now')}
            modifiedLabel={t('Your unsaved version')}
            height="380px"
            data-test="conflict-diff"
          />
          {/* The diff needs Monaco; the plain texts keep both versions readable without it. */}
          <details>
            <summary>{t('Both versions as text')}</summary>
            <pre data-test="conflict-theirs">{conflict.theirs}</pre>
            <pre data-test="conflict-mine">{conflict.mine}</pre>
          </details>
          {conflict.parameters.theirs !== conflict.parameters.mine && (
            <>
              <p>{t('The parameter declarations. Left: in the cluster now. Right: yours.')}</p>
              <DiffView
                monaco={monaco}
                original={conflict.parameters.theirs}
                modified={conflict.parameters.mine}
                originalLabel={t('The declarations in the cluster now')}
                modifiedLabel={t('Your unsaved declarations')}
                height="200px"
                data-test="conflict-parameters-diff"
              />
            </>
          )}
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
    </EditorDialog>
  );
};

export const LeaveModal: React.FC<{
  isOpen: boolean;
  onLeave: () => void;
  onStay: () => void;
}> = ({ isOpen, onLeave, onStay }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <EditorDialog
      name="leave"
      isOpen={isOpen}
      onClose={onStay}
      variant="small"
      title={t('Leave without saving?')}
      actions={[
        { label: t('Leave'), variant: 'danger', onClick: onLeave, 'data-test': 'leave-confirm' },
        { label: t('Stay'), variant: 'link', onClick: onStay, 'data-test': 'leave-cancel' },
      ]}
    >
      {t('Your changes to the boilerplate or its parameters are not saved and will be lost.')}
    </EditorDialog>
  );
};
