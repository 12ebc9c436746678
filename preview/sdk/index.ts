/**
 * The preview's stand-in for `@openshift-console/dynamic-plugin-sdk`: only what the plugin uses,
 * typed against the SDK's declarations. Anything else is answered by ./module.ts with a loud error.
 */
export { CodeEditor, CodeEditor as YAMLEditor } from './code-editor';
export { DocumentTitle, ListPageBody, ListPageHeader, ResourceLink } from './components';
export { useResolvedExtensions } from './extensions';
export { consoleFetch, consoleFetchJSON, consoleFetchText, HttpError } from './fetch';
export {
  checkAccess,
  useAccessReview,
  useActiveNamespace,
  useFlag,
  useK8sModel,
  useK8sWatchResource,
  useK8sWatchResources,
} from './hooks';
export { k8sCreate, k8sDelete, k8sGet, k8sList, k8sListItems, k8sPatch, k8sUpdate } from './k8s';
export {
  getAPIVersionForModel,
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
} from './models';
