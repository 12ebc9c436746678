import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  FileUpload,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
} from '@patternfly/react-core';
import { RadioGroupField } from '../../components/FormFields';
import { sshKeyProblem, type CredentialMode, type WizardChoices } from './model';

export interface CredentialsStepProps {
  choices: WizardChoices;
  onChange: (patch: Partial<WizardChoices>) => void;
  /** The appliance's boilerplate has a password of its own. */
  hasBoilerplatePassword: boolean;
}

/** Public keys are small; anything bigger is not one. */
const MAX_KEY_FILE_BYTES = 16 * 1024;

/** Step 3 (semantics §4): an SSH public key, a generated password, or the appliance's own. */
export const CredentialsStep: React.FC<CredentialsStepProps> = ({
  choices,
  onChange,
  hasBoilerplatePassword,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [fileName, setFileName] = React.useState('');
  const [fileError, setFileError] = React.useState<string>();
  const problem = choices.credential === 'ssh' ? sshKeyProblem(choices.sshKey) : undefined;
  const choice = (value: CredentialMode, label: string, description?: string) => ({
    value,
    id: `wizard-credential-${value}`,
    label,
    description,
    'data-test': `wizard-credential-${value}`,
  });
  const credentialChoices = [
    choice(
      'ssh',
      t('SSH public key'),
      t('Stored in a Secret in the VM namespace and added by cloud-init.'),
    ),
    choice(
      'password',
      t('Generate a password for this VM'),
      t('Shown once after creation; kept in a Secret, never in the VM.'),
    ),
    ...(hasBoilerplatePassword ? [choice('keep', t("Keep the appliance's own password"))] : []),
  ];

  const readFile = (file: File) => {
    setFileName(file.name);
    setFileError(undefined);
    if (file.size > MAX_KEY_FILE_BYTES) {
      setFileError(t('{{file}} is too large for a public key.', { file: file.name }));
      return;
    }
    file
      .text()
      .then((text) => onChange({ sshKey: text.trim() }))
      .catch((e: unknown) =>
        setFileError(
          t('Could not read {{file}}: {{reason}}', { file: file.name, reason: String(e) }),
        ),
      );
  };

  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <RadioGroupField
        id="wizard-credential"
        label={t('How do you sign in to the VM?')}
        isStack
        choices={credentialChoices}
        value={choices.credential}
        onChange={(credential) => onChange({ credential })}
      />
      {choices.credential === 'ssh' && (
        <FormGroup label={t('SSH public key')} fieldId="wizard-ssh-key" isRequired>
          <FileUpload
            id="wizard-ssh-key"
            data-test="wizard-ssh-key"
            aria-label={t('SSH public key')}
            type="text"
            value={choices.sshKey}
            filename={fileName}
            filenamePlaceholder={t('Drag a .pub file here, browse, or paste the key')}
            browseButtonText={t('Browse...')}
            clearButtonText={t('Clear')}
            allowEditingUploadedText
            onFileInputChange={(_e, file) => readFile(file)}
            onTextChange={(_e, text) => onChange({ sshKey: text })}
            onClearClick={() => {
              setFileName('');
              onChange({ sshKey: '' });
            }}
            validated={problem && choices.sshKey ? 'error' : 'default'}
          />
          <FormHelperText>
            <HelperText>
              <HelperTextItem
                variant={fileError || (problem && choices.sshKey) ? 'error' : 'default'}
                data-test="wizard-ssh-key-help"
              >
                {fileError ??
                  (problem ? t(problem.message, problem.params) : t('The key looks valid.'))}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
      )}
      {choices.credential === 'keep' && (
        <Alert
          variant="warning"
          isInline
          title={t('Every VM made from this appliance shares this password')}
          data-test="wizard-keep-password-warning"
        >
          {t(
            'Anyone who can read the appliance can sign in to this VM. Prefer an SSH key or a generated password.',
          )}
        </Alert>
      )}
    </Form>
  );
};
