import * as path from 'path';
import type { Configuration } from 'webpack';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import CopyWebpackPlugin from 'copy-webpack-plugin';

const production = process.env.NODE_ENV === 'production';

const config: Configuration = {
  mode: production ? 'production' : 'development',
  // ConsoleRemotePlugin adds the container entry; pages are exposed modules, so each is its own chunk.
  entry: {},
  context: path.resolve(__dirname, 'src'),
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: production ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
    chunkFilename: production ? '[name]-chunk-[chunkhash].min.js' : '[name]-chunk.js',
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.jsx'],
  },
  module: {
    rules: [
      {
        test: /\.(jsx?|tsx?)$/,
        exclude: /node_modules/,
        use: [
          {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              onlyCompileBundledFiles: true,
              // Type errors are `npm run typecheck`'s job (CI runs it); the bundle only needs JavaScript.
              transpileOnly: true,
            },
          },
        ],
      },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.m?js/, resolve: { fullySpecified: false } },
    ],
  },
  plugins: [
    new ConsoleRemotePlugin(),
    // The console's bridge fetches the plugin's translations from <plugin>/locales/<lng>/<ns>.json.
    new CopyWebpackPlugin({
      patterns: [{ from: path.resolve(__dirname, 'locales'), to: 'locales' }],
    }),
  ],
  // Source maps in production too: the console's users report stack traces from them.
  devtool: 'source-map',
  optimization: {
    chunkIds: production ? 'deterministic' : 'named',
    minimize: production,
  },
  performance: { hints: false },
};

export default config;
