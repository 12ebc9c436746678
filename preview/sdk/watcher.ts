import type {
  K8sModel,
  K8sResourceCommon,
  WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON, HttpError } from './fetch';
import {
  getAPIVersionForModel,
  modelFor,
  parseReference,
  resourceURL,
  selectorToString,
} from './models';
import { streamWatch, watchSocketURL, type WatchEvent } from './ws-watch';

export type WatchState = {
  data: K8sResourceCommon | K8sResourceCommon[] | undefined;
  loaded: boolean;
  loadError: unknown;
};

const RETRY_MS = 2000;

export const initialWatchState = (resource: WatchK8sResource | null | undefined): WatchState =>
  resource
    ? { data: resource.isList ? [] : {}, loaded: false, loadError: undefined }
    : { data: undefined, loaded: true, loadError: undefined };

const keyOf = (o: K8sResourceCommon) =>
  o.metadata?.uid ?? `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

/**
 * One watched resource: list (or get by name via a field selector), then a watch over a WebSocket
 * from the list's resourceVersion, applying ADDED/MODIFIED/DELETED; re-lists when the socket closes
 * or the watch expires.
 */
export class Watcher {
  private readonly abort = new AbortController();
  private items: K8sResourceCommon[] = [];
  private state: WatchState;

  constructor(
    private readonly resource: WatchK8sResource,
    private readonly onChange: (state: WatchState) => void,
  ) {
    this.state = initialWatchState(resource);
  }

  start(): void {
    void this.run();
  }

  stop(): void {
    this.abort.abort();
  }

  private get stopped() {
    return this.abort.signal.aborted;
  }

  private emit(next: Partial<WatchState>) {
    if (this.stopped) return;
    this.state = { ...this.state, ...next };
    this.onChange(this.state);
  }

  private async run() {
    let model: K8sModel;
    try {
      const gvk =
        this.resource.groupVersionKind ??
        (this.resource.kind ? parseReference(this.resource.kind) : undefined);
      if (!gvk) throw new Error('useK8sWatchResource needs groupVersionKind (or kind)');
      model = await modelFor(gvk);
    } catch (err) {
      this.emit({ loaded: true, loadError: err });
      return;
    }
    while (!this.stopped) {
      try {
        const rv = await this.list(model);
        await this.watch(model, rv);
      } catch (err) {
        if (this.stopped) return;
        if (!this.state.loaded) this.emit({ loadError: err });
      }
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }

  private query(model: K8sModel, extra: Record<string, string> = {}) {
    const { name, namespace, selector, fieldSelector, limit } = this.resource;
    const fields = [fieldSelector, name ? `metadata.name=${name}` : undefined]
      .filter(Boolean)
      .join(',');
    return resourceURL(model, {
      ns: namespace,
      queryParams: {
        ...(selector ? { labelSelector: selectorToString(selector) } : {}),
        ...(fields ? { fieldSelector: fields } : {}),
        ...(limit && !extra.watch ? { limit: String(limit) } : {}),
        ...extra,
      },
    });
  }

  private async list(model: K8sModel): Promise<string | undefined> {
    const list = await consoleFetchJSON(this.query(model), 'GET', { signal: this.abort.signal });
    const apiVersion = list.apiVersion ?? getAPIVersionForModel(model);
    this.items = (list.items ?? []).map((i: K8sResourceCommon) => ({
      kind: model.kind,
      apiVersion,
      ...i,
    }));
    this.publish(model);
    return list.metadata?.resourceVersion;
  }

  private publish(model: K8sModel) {
    if (this.resource.isList) {
      this.emit({ data: [...this.items], loaded: true, loadError: undefined });
    } else if (this.items.length > 0) {
      this.emit({ data: this.items[0], loaded: true, loadError: undefined });
    } else {
      const what = `${model.kind} "${this.resource.name}"`;
      this.emit({ data: {}, loaded: false, loadError: new HttpError(`${what} not found`, 404) });
    }
  }

  private watch(model: K8sModel, resourceVersion: string | undefined): Promise<void> {
    const path = this.query(model, {
      watch: 'true',
      ...(resourceVersion ? { resourceVersion } : {}),
    });
    // An ERROR event (e.g. 410 Gone: resourceVersion too old) ends this watch; run() re-lists.
    return streamWatch(
      watchSocketURL(path, window.location),
      (event) => this.apply(model, event),
      this.abort.signal,
    );
  }

  private apply(model: K8sModel, event: WatchEvent): boolean {
    if (event.type === 'ERROR') return false;
    if (event.type === 'BOOKMARK') return true;
    const obj = { kind: model.kind, apiVersion: getAPIVersionForModel(model), ...event.object };
    const key = keyOf(obj);
    const index = this.items.findIndex((i) => keyOf(i) === key);
    if (event.type === 'DELETED') {
      if (index >= 0) this.items.splice(index, 1);
    } else if (index >= 0) this.items[index] = obj;
    else this.items.push(obj);
    this.publish(model);
    return true;
  }
}
