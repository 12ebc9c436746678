import * as path from 'path';

/**
 * Topology's CommonJS build requires ESM-only files (react-icons' esm icons, d3 7),
 * which jest cannot load: point each at a CommonJS or UMD twin. Import this before
 * any topology code.
 */
const ICONS = [
  'add-circle-o-icon',
  'angle-double-right-icon',
  'angle-right-icon',
  'check-circle-icon',
  'circle-icon',
  'compress-alt-icon',
  'ellipsis-v-icon',
  'exclamation-circle-icon',
  'exclamation-triangle-icon',
  'expand-alt-icon',
  'expand-arrows-alt-icon',
  'expand-icon',
  'hourglass-half-icon',
  'in-progress-icon',
  'not-started-icon',
  'search-minus-icon',
  'search-plus-icon',
  'sync-alt-icon',
  'times-icon',
  'trash-icon',
];

for (const icon of ICONS) {
  jest.doMock(`@patternfly/react-icons/dist/esm/icons/${icon}`, () =>
    jest.requireActual(`@patternfly/react-icons/dist/js/icons/${icon}`),
  );
}

// d3's UMD bundle holds every d3-* module; its exports map hides it, hence the file path.
const D3_UMD = path.resolve(__dirname, '../../../../node_modules/d3/dist/d3.js');
for (const mod of ['d3', 'd3-polygon', 'd3-dispatch', 'd3-timer', 'd3-drag', 'd3-shape']) {
  jest.doMock(mod, () => jest.requireActual(D3_UMD));
}

export {};
