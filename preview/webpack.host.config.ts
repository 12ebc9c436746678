import * as path from 'path';
import { sharing, type Configuration } from 'webpack';

const root = path.resolve(__dirname, '..');

/**
 * The preview host (a stand-in console) bundled into dist-preview/. It provides the console's
 * shared modules through webpack's share scope so the plugin from dist/ loads exactly as in the
 * console; Monaco and its worker are bundled here, never fetched from a CDN.
 */
const shared = (names: string[]) =>
  Object.fromEntries(
    names.map((name) => [name, { singleton: true, requiredVersion: false as const }]),
  );

const config: Configuration = {
  mode: 'development',
  context: root,
  entry: { host: './preview/host/index.ts' },
  output: {
    path: path.join(root, 'dist-preview'),
    publicPath: '/static/',
    // Not the package name: the plugin uses that for its chunk-loading global, and with dev builds'
    // named chunk ids the host's chunks would be taken for the plugin's (build-dev then failed with
    // "Cannot find module '../node_modules/react/jsx-runtime.js'").
    uniqueName: 'kubevirt-appliance-preview-host',
    filename: '[name].js',
    chunkFilename: '[name].[contenthash].js',
    assetModuleFilename: 'assets/[name].[contenthash][ext]',
    clean: true,
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.jsx'],
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: [
          {
            loader: 'ts-loader',
            options: {
              configFile: path.join(root, 'preview', 'tsconfig.json'),
              // Type checking is `tsc -p preview/tsconfig.json`; the bundle only needs transpiling.
              transpileOnly: true,
            },
          },
        ],
      },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.(woff2?|ttf|eot|svg|png|jpg|gif)$/, type: 'asset/resource' },
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
    ],
  },
  plugins: [
    // What ConsoleRemotePlugin marks as console-provided; the SDK stand-ins are added at run time
    // (preview/host/share-scope.ts) because they are Proxies, not plain modules.
    new sharing.SharePlugin({
      shared: shared([
        '@openshift/dynamic-plugin-sdk',
        '@patternfly/react-topology',
        'react',
        'react-i18next',
        'react-redux',
        'react-router',
        'redux',
        'redux-thunk',
      ]),
    }),
  ],
  // React (shared with the plugin) as the console ships it: its production build. The development
  // build's checks made every render several times slower, so the preview and its benchmarks
  // measured React's debugging, not the plugin. Not minified: a dev/test tool builds fast.
  optimization: { nodeEnv: 'production' },
  // Source maps of Monaco would double the build time of a dev/test tool.
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
};

export default config;
