import type {
  K8sModel,
  K8sResourceCommon,
  WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetch, consoleFetchJSON, HttpError } from './fetch';
import {
  getAPIVersionForModel,
  modelFor,
  parseReference,
  resourceURL,
  selectorToString,
} from './models';

export type WatchState = {
  data: K8sResourceCommon | K8sResourceCommon[] | undefined;
  loaded: boolean;
  loadError: unknown;
};

type WatchEvent = {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: K8sResourceCommon;
};

const RETRY_MS = 2000;

export const initialWatchState = (resource: WatchK8sResource | null | undefined): WatchState =>
  resource
    ? { data: resource.isList ? [] : {}, loaded: false, loadError: undefined }
    : { data: undefined, loaded: true, loadError: undefined };

const keyOf = (o: K8sResourceCommon) =>
  o.metadata?.uid ?? `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

/**
 * One watched resource: list (or get by name via a field selector), then a streamed watch from the
 * list's resourceVersion, applying ADDED/MODIFIED/DELETED; re-lists when the stream ends or expires.
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

  private async watch(model: K8sModel, resourceVersion: string | undefined) {
    const response = await consoleFetch(
      this.query(model, { watch: 'true', ...(resourceVersion ? { resourceVersion } : {}) }),
      { signal: this.abort.signal },
    );
    const reader = response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        // An ERROR event (e.g. 410 Gone: resourceVersion too old) ends this watch; run() re-lists.
        if (line && !this.apply(model, JSON.parse(line) as WatchEvent)) {
          await reader.cancel();
          return;
        }
        newline = buffer.indexOf('\n');
      }
    }
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
