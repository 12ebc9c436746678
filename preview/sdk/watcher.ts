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
/** The console's SDK reads a list in pages of this many (`limit` / `continue`), shown as they come. */
export const LIST_PAGE_SIZE = 250;
/** Watch events arriving in a burst are applied at once and published once per this interval. */
const FLUSH_MS = 100;

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
  /**
   * Position of each item by key, so an event costs no scan of a long list; built by the first
   * event after a list, so a list that is never changed never pays for it.
   */
  private index: Map<string, number> | undefined;
  private flush?: ReturnType<typeof setTimeout>;
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
    clearTimeout(this.flush);
  }

  private positions(): Map<string, number> {
    this.index ??= new Map(this.items.map((item, i) => [keyOf(item), i]));
    return this.index;
  }

  /** Publishes once for all events of a burst (a busy watch sends many a second). */
  private publishSoon(model: K8sModel) {
    if (this.flush !== undefined) return;
    this.flush = setTimeout(() => {
      this.flush = undefined;
      if (!this.stopped) this.publish(model);
    }, FLUSH_MS);
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
    const { name, namespace, selector, fieldSelector } = this.resource;
    const fields = [fieldSelector, name ? `metadata.name=${name}` : undefined]
      .filter(Boolean)
      .join(',');
    return resourceURL(model, {
      ns: namespace,
      queryParams: {
        ...(selector ? { labelSelector: selectorToString(selector) } : {}),
        ...(fields ? { fieldSelector: fields } : {}),
        ...extra,
      },
    });
  }

  /**
   * Lists page by page as the console's SDK does: the first load publishes each page as it comes
   * (loaded after the first), so a long list shows while it arrives; a re-list publishes once,
   * when whole, so the page does not shrink while it loads.
   */
  private async list(model: K8sModel): Promise<string | undefined> {
    const progressive = !this.state.loaded && Boolean(this.resource.isList);
    const limit = String(this.resource.limit || LIST_PAGE_SIZE);
    const items: K8sResourceCommon[] = [];
    let next: string | undefined;
    let resourceVersion: string | undefined;
    do {
      const page = await consoleFetchJSON(
        this.query(model, { limit, ...(next ? { continue: next } : {}) }),
        'GET',
        { signal: this.abort.signal },
      );
      const apiVersion = page.apiVersion ?? getAPIVersionForModel(model);
      // The page's items are ours (parsed just now): completed in place, not copied.
      for (const item of page.items ?? []) {
        item.kind ??= model.kind;
        item.apiVersion ??= apiVersion;
        items.push(item);
      }
      resourceVersion = page.metadata?.resourceVersion;
      next = page.metadata?.continue || undefined;
      if (this.stopped) return undefined;
      if (progressive || !next) {
        this.items = items;
        this.index = undefined;
        clearTimeout(this.flush);
        this.flush = undefined;
        this.publish(model);
      }
    } while (next);
    return resourceVersion;
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
    const positions = this.positions();
    const index = positions.get(key) ?? -1;
    if (event.type === 'DELETED') {
      if (index >= 0) {
        this.items.splice(index, 1);
        this.index = undefined;
      }
    } else if (index >= 0) this.items[index] = obj;
    else {
      positions.set(key, this.items.length);
      this.items.push(obj);
    }
    this.publishSoon(model);
    return true;
  }
}
