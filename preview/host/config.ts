/** What the preview server tells the page (see preview/server/index.js hostPage()). */
export type PreviewConfig = {
  pluginName: string;
  pluginManifestURL: string;
  api: 'demo' | 'proxy';
  testHooks: boolean;
};

export const readConfig = (): PreviewConfig => {
  const el = document.getElementById('preview-config');
  const parsed = el?.textContent ? (JSON.parse(el.textContent) as Partial<PreviewConfig>) : {};
  return {
    pluginName: parsed.pluginName ?? 'kubevirt-appliance-plugin',
    pluginManifestURL:
      parsed.pluginManifestURL ?? '/api/plugins/kubevirt-appliance-plugin/plugin-manifest.json',
    api: parsed.api ?? 'demo',
    testHooks: Boolean(parsed.testHooks),
  };
};
