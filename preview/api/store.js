// @ts-check
'use strict';

const { randomUUID } = require('node:crypto');
const { resourceId } = require('./resources');

/**
 * In-memory object store with one global, increasing resourceVersion (as etcd's revision) and a
 * bounded event history, so a watch can resume from a resourceVersion it saw in a list.
 *
 * @typedef {import('./resources').Resource} Resource
 * @typedef {{type: 'ADDED'|'MODIFIED'|'DELETED', res: Resource, object: any, old?: any, rv: number}} StoreEvent
 */

const HISTORY_LIMIT = 2000;

/** @template T @param {T} v @returns {T} */
const clone = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

class Store {
  constructor() {
    /** @type {Map<string, {res: Resource, obj: any}>} */
    this.objects = new Map();
    this.rv = 0;
    /** Watches asking for anything older than this get 410 Expired. */
    this.historyStart = 0;
    /** @type {StoreEvent[]} */
    this.history = [];
    /** @type {Set<(e: StoreEvent) => void>} */
    this.listeners = new Set();
    /** @type {Map<string, {rv: number, size: number, entries: Array<{key: string, obj: any}>}>} */
    this.sortCache = new Map();
  }

  /** @param {Resource} res @param {string | undefined} ns @param {string} name */
  static key(res, ns, name) {
    return `${resourceId(res)}/${ns || ''}/${name}`;
  }

  nextRv() {
    this.rv += 1;
    return this.rv;
  }

  /** @param {Resource} res @param {string | undefined} ns @param {string} name */
  get(res, ns, name) {
    const e = this.objects.get(Store.key(res, ns, name));
    return e ? clone(e.obj) : undefined;
  }

  /**
   * The stored entries of one resource in key order (namespace, then name, as etcd orders its
   * keys), kept until the next write: the pages of one list would otherwise sort it again each.
   * @param {Resource} res
   * @returns {Array<{key: string, obj: any}>}
   */
  sorted(res) {
    const id = resourceId(res);
    const cached = this.sortCache.get(id);
    if (cached && cached.rv === this.rv && cached.size === this.objects.size) return cached.entries;
    const prefix = `${id}/`;
    const entries = [];
    for (const [k, e] of this.objects) {
      if (k.startsWith(prefix)) entries.push({ key: k.slice(prefix.length), obj: e.obj });
    }
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.sortCache.set(id, { rv: this.rv, size: this.objects.size, entries });
    return entries;
  }

  /** @param {Resource} res @param {string | undefined} ns all namespaces when undefined */
  list(res, ns) {
    return this.listPage(res, ns, () => true, { limit: 0 }).items;
  }

  /**
   * One page of a list, as the API server serves `limit` and `continue`: the matching objects
   * whose key comes after `after`, at most `limit` of them (0: all), and the last one's key when
   * more follow.
   * @param {Resource} res @param {string | undefined} ns all namespaces when undefined
   * @param {(obj: any) => boolean} match
   * @param {{limit: number, after?: string}} page
   * @returns {{items: any[], next?: string}}
   */
  listPage(res, ns, match, { limit, after }) {
    const entries = this.sorted(res);
    let i = 0;
    if (after !== undefined) {
      // The first key after `after`, by binary search.
      let hi = entries.length;
      while (i < hi) {
        const mid = (i + hi) >>> 1;
        if (entries[mid].key <= after) i = mid + 1;
        else hi = mid;
      }
    }
    const items = [];
    let last = '';
    for (; i < entries.length; i += 1) {
      const { key, obj } = entries[i];
      if (ns !== undefined && obj.metadata.namespace !== ns) continue;
      if (!match(obj)) continue;
      if (limit > 0 && items.length === limit) return { items, next: last };
      items.push(clone(obj));
      last = key;
    }
    return { items };
  }

  /** Every stored object with its resource (for garbage collection and controllers). */
  all() {
    return [...this.objects.values()].map((e) => ({ res: e.res, obj: clone(e.obj) }));
  }

  /** @param {string} uid */
  findByUid(uid) {
    for (const e of this.objects.values()) if (e.obj.metadata.uid === uid) return clone(e.obj);
    return undefined;
  }

  /**
   * Stores a new object: fills uid, creationTimestamp, generation and a fresh resourceVersion.
   * @param {Resource} res @param {any} obj
   */
  create(res, obj) {
    const o = clone(obj);
    o.metadata.uid = o.metadata.uid || randomUUID();
    o.metadata.creationTimestamp =
      o.metadata.creationTimestamp || new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    o.metadata.generation = 1;
    const rv = this.nextRv();
    o.metadata.resourceVersion = String(rv);
    this.objects.set(Store.key(res, o.metadata.namespace, o.metadata.name), { res, obj: o });
    this.emit({ type: 'ADDED', res, object: clone(o), rv });
    return clone(o);
  }

  /**
   * Replaces a stored object (caller has checked preconditions and computed generation).
   * @param {Resource} res @param {any} obj
   */
  replace(res, obj) {
    const k = Store.key(res, obj.metadata.namespace, obj.metadata.name);
    const prev = this.objects.get(k);
    const o = clone(obj);
    const rv = this.nextRv();
    o.metadata.resourceVersion = String(rv);
    this.objects.set(k, { res, obj: o });
    this.emit({ type: 'MODIFIED', res, object: clone(o), old: prev && clone(prev.obj), rv });
    return clone(o);
  }

  /** @param {Resource} res @param {string | undefined} ns @param {string} name */
  remove(res, ns, name) {
    const k = Store.key(res, ns, name);
    const prev = this.objects.get(k);
    if (!prev) return undefined;
    this.objects.delete(k);
    const rv = this.nextRv();
    const o = clone(prev.obj);
    // A DELETED event carries the object at its deletion revision, as the API does.
    o.metadata.resourceVersion = String(rv);
    this.emit({ type: 'DELETED', res, object: clone(o), old: clone(prev.obj), rv });
    return o;
  }

  /** @param {StoreEvent} e */
  emit(e) {
    this.history.push(e);
    if (this.history.length > HISTORY_LIMIT) {
      const dropped = this.history.shift();
      if (dropped) this.historyStart = dropped.rv;
    }
    for (const l of [...this.listeners]) l(e);
  }

  /** @param {(e: StoreEvent) => void} fn */
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Empties the store; resourceVersions keep increasing, as a real cluster's would. */
  clear() {
    this.objects.clear();
    this.sortCache.clear();
    this.history = [];
    this.historyStart = this.rv;
  }
}

module.exports = { Store, clone };
