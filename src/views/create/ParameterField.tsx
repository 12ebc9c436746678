import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  FileUpload,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  InputGroup,
  InputGroupItem,
  NumberInput,
  Switch,
  TextInput,
} from '@patternfly/react-core';
import type { ParameterDeclaration } from '../../appliance/parameters';
import type { FieldProblem } from './model';
import { newPassword } from './parameters-model';

export interface ParameterFieldProps {
  decl: ParameterDeclaration;
  /** What the field shows (the value, else the default). */
  value: string | boolean;
  problem?: FieldProblem;
  onChange: (value: string | boolean) => void;
}

/** Public keys are small; anything bigger is not one. */
const MAX_KEY_FILE_BYTES = 16 * 1024;

/** One typed field of the Parameters step (semantics §9), with its description or its error. */
export const ParameterField: React.FC<ParameterFieldProps> = ({
  decl,
  value,
  problem,
  onChange,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [fileName, setFileName] = React.useState('');
  const [fileError, setFileError] = React.useState<string>();
  const [revealed, setRevealed] = React.useState(false);
  const id = `wizard-param-${decl.name}`;
  const label = decl.displayName || decl.name;
  const validated = problem ? 'error' : 'default';
  const text = typeof value === 'string' ? value : String(value);

  const readKeyFile = (file: File) => {
    setFileName(file.name);
    setFileError(undefined);
    if (file.size > MAX_KEY_FILE_BYTES) {
      setFileError(t('{{file}} is too large for a public key.', { file: file.name }));
      return;
    }
    file
      .text()
      .then((content) => onChange(content.trim()))
      .catch((e: unknown) =>
        setFileError(
          t('Could not read {{file}}: {{reason}}', { file: file.name, reason: String(e) }),
        ),
      );
  };

  const step = (delta: number) => {
    const n = Number.parseInt(text, 10);
    const base = Number.isFinite(n) ? n : typeof decl.min === 'number' ? decl.min : 0;
    let next = base + delta;
    if (typeof decl.min === 'number') next = Math.max(decl.min, next);
    if (typeof decl.max === 'number') next = Math.min(decl.max, next);
    onChange(String(next));
  };

  let control: React.ReactNode;
  switch (decl.type) {
    case 'boolean':
      control = (
        <Switch
          id={id}
          label={label}
          isChecked={value === true || value === 'true'}
          onChange={(_e, checked) => onChange(checked)}
        />
      );
      break;
    case 'integer':
      control = (
        <NumberInput
          inputName={id}
          inputProps={{ id }}
          value={/^-?\d+$/.test(text) ? Number(text) : ''}
          min={typeof decl.min === 'number' ? decl.min : undefined}
          max={typeof decl.max === 'number' ? decl.max : undefined}
          onMinus={() => step(-1)}
          onPlus={() => step(1)}
          onChange={(e) => onChange((e.target as HTMLInputElement).value)}
          inputAriaLabel={label}
          minusBtnAriaLabel={t('Decrease {{name}}', { name: label })}
          plusBtnAriaLabel={t('Increase {{name}}', { name: label })}
          validated={validated}
        />
      );
      break;
    case 'enum':
      control = (
        <FormSelect
          id={id}
          value={text}
          onChange={(_e, v) => onChange(v)}
          aria-label={label}
          validated={validated}
        >
          {text === '' && <FormSelectOption value="" label={t('Choose a value')} isPlaceholder />}
          {(decl.values ?? []).map((v) => (
            <FormSelectOption key={v} value={v} label={v} />
          ))}
        </FormSelect>
      );
      break;
    case 'password':
      control = (
        <InputGroup>
          <InputGroupItem isFill>
            <TextInput
              id={id}
              type={revealed ? 'text' : 'password'}
              value={text}
              onChange={(_e, v) => onChange(v)}
              validated={validated}
              autoComplete="new-password"
              placeholder={decl.generate ? t('Left empty: generated for this VM') : undefined}
            />
          </InputGroupItem>
          <InputGroupItem>
            <Button
              variant="control"
              data-test="wizard-param-generate"
              onClick={() => {
                onChange(newPassword());
                setRevealed(true);
              }}
            >
              {t('Generate')}
            </Button>
          </InputGroupItem>
          <InputGroupItem>
            <Button variant="control" onClick={() => setRevealed((r) => !r)}>
              {revealed ? t('Hide') : t('Show')}
            </Button>
          </InputGroupItem>
        </InputGroup>
      );
      break;
    case 'ssh-public-key':
      control = (
        <FileUpload
          id={id}
          aria-label={label}
          type="text"
          value={text}
          filename={fileName}
          filenamePlaceholder={t('Drag a .pub file here, browse, or paste the key')}
          browseButtonText={t('Browse...')}
          clearButtonText={t('Clear')}
          allowEditingUploadedText
          onFileInputChange={(_e, file) => readKeyFile(file)}
          onTextChange={(_e, v) => onChange(v)}
          onClearClick={() => {
            setFileName('');
            onChange('');
          }}
          validated={validated}
        />
      );
      break;
    default:
      control = (
        <TextInput
          id={id}
          value={text}
          onChange={(_e, v) => onChange(v)}
          validated={validated}
          placeholder={decl.type === 'quantity' ? t('e.g. 512Mi or 2Gi') : undefined}
        />
      );
  }

  const error = fileError ?? (problem ? t(problem.message, problem.params) : undefined);
  return (
    <div data-test="wizard-param" data-name={decl.name}>
      <FormGroup
        label={decl.type === 'boolean' ? undefined : label}
        fieldId={id}
        isRequired={decl.required}
      >
        {control}
        {(error || decl.description) && (
          <FormHelperText>
            <HelperText>
              {error ? (
                <HelperTextItem
                  variant="error"
                  data-test="wizard-param-error"
                  data-name={decl.name}
                >
                  {error}
                </HelperTextItem>
              ) : (
                <HelperTextItem>{decl.description}</HelperTextItem>
              )}
            </HelperText>
          </FormHelperText>
        )}
      </FormGroup>
    </div>
  );
};
