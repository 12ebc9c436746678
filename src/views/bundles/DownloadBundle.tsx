import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@patternfly/react-core';
import { DownloadIcon } from '@patternfly/react-icons';
import { exportBundle } from '../../appliance/bundle-export';
import type { KubeObject } from '../../appliance/types';
import { useCompanions } from '../../k8s/useCompanions';
import { saveTextFile } from './download';

export interface DownloadBundleProps {
  dataSource: KubeObject;
  /** Start the download as soon as the companions are known (the `?download=bundle` link). */
  auto?: boolean;
}

/** "Download bundle": the DataSource and its companion PVCs as `<name>.appliance.yaml`. */
export const DownloadBundle: React.FC<DownloadBundleProps> = ({ dataSource, auto }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const ns = dataSource.metadata?.namespace ?? '';
  const name = dataSource.metadata?.name ?? '';
  const companions = useCompanions(ns, name, dataSource.metadata?.uid);
  const done = React.useRef(false);
  const download = React.useCallback(() => {
    const bundle = exportBundle(dataSource, companions.pvcs);
    saveTextFile(bundle.fileName, bundle.text);
  }, [dataSource, companions.pvcs]);
  React.useEffect(() => {
    if (auto && companions.loaded && !done.current) {
      done.current = true;
      download();
    }
  }, [auto, companions.loaded, download]);
  return (
    <>
      <Button
        variant="secondary"
        icon={<DownloadIcon />}
        onClick={download}
        isDisabled={!companions.loaded}
        data-test="download-bundle"
      >
        {t('Download bundle')}
      </Button>
      {companions.forbidden && (
        <Alert
          isInline
          isPlain
          variant="warning"
          title={t(
            'You may not list PersistentVolumeClaims here: the bundle holds only the DataSource.',
          )}
          data-test="download-bundle-partial"
        />
      )}
    </>
  );
};
