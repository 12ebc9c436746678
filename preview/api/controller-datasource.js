// @ts-check
'use strict';

const { clone } = require('./store');
const { setCondition, dataSourceReadiness } = require('./derived');
const { R } = require('./controller-runtime');

/**
 * CDI's DataSource controller: every DataSource's Ready condition follows its source (PVC,
 * VolumeSnapshot or another DataSource), and `status.source` mirrors `spec.source`.
 *
 * @typedef {import('./controller-runtime').Runtime} Runtime
 */

/** @param {Runtime} rt @returns {() => void} reconciles all DataSources */
function dataSourceController({ store, writeStatus }) {
  return () => {
    for (const ds of store.list(R.ds, undefined)) {
      const [status, reason, message] = dataSourceReadiness(store, ds);
      const prev = (ds.status?.conditions || []).find((/** @type {any} */ c) => c.type === 'Ready');
      if (prev && prev.status === status && prev.reason === reason) continue;
      writeStatus(R.ds, ds, {
        ...(ds.status || {}),
        source: clone(ds.spec?.source || {}),
        conditions: setCondition(ds.status?.conditions, 'Ready', status, reason, message),
      });
    }
  };
}

module.exports = { dataSourceController };
