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

  /** @param {Resource} res @param {string | undefined} ns all namespaces when undefined */
  list(res, ns) {
    const prefix = `${resourceId(res)}/`;
    const out = [];
    for (const [k, e] of this.objects) {
      if (!k.startsWith(prefix)) continue;
      if (ns !== undefined && e.obj.metadata.namespace !== ns) continue;
      out.push(clone(e.obj));
    }
    out.sort((a, b) =>
      `${a.metadata.namespace || ''}/${a.metadata.name}`.localeCompare(
        `${b.metadata.namespace || ''}/${b.metadata.name}`,
      ),
    );
    return out;
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
    this.history = [];
    this.historyStart = this.rv;
  }
}

module.exports = { Store, clone };
