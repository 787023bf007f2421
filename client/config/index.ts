import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { SourceMapsBeside } from './source-maps-beside';

const sharedDir = path.resolve(__dirname, '../../cloudfunctions/shared');
// zod ships modern syntax (optional chaining) that WeChat's es5 compile rejects: run it through babel too.
const zodDir = path.dirname(require.resolve('zod/package.json'));
const isH5 = process.env.TARO_ENV === 'h5';
// npm may install this plugin under client/node_modules while @tarojs/taro-h5 (hoisted to the root) imports its
// runtime; point webpack at wherever it actually is.
const reactPluginDir = path.dirname(require.resolve('@tarojs/plugin-framework-react/package.json'));
const reactDomForPreact = path.resolve(__dirname, '../src/lib/react-dom-for-preact.ts');
// Both imported by Taro's H5 entry (the second with useHtmlComponents); styles/taro-components-layer.css puts
// them in cascade layers under the app's styles, the reset first.
const TARO_GLOBAL_CSS = '@tarojs/components/global.css';
const TARO_COMPONENTS_CSS = '@tarojs/components-react/dist/index.css';

export default defineConfig<'webpack5'>(async () => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'union-study',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per target, or each build wipes the other. The root project.config.json points at client/dist/.
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    // Preact instead of React: about 90 KB less in the main package, the same hooks and components
    // (Taro aliases react and react-dom to preact/compat).
    framework: 'preact',
    compiler: 'webpack5',
    // Mini-programs: base.wxml holds one template per component per level; 8 levels instead of 16 take 22 KB
    // off the main package. Deeper nodes (我的 goes to 10) render through Taro's recursive `comp` component.
    baseLevel: 4,
    cache: { enable: false },
    // Taro's terser writes every Chinese character as a 6-byte \u escape; UTF-8 takes 3, and WeChat reads UTF-8.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    defineConstants: {
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV || 'union-study'),
    },
    alias: {
      '@': path.resolve(__dirname, '../src'),
      '@shared': sharedDir,
    },
    // The browser asks every site for /favicon.ico; only the H5 build has a site root.
    copy: {
      patterns: isH5 ? [{ from: 'src/assets/favicon.ico', to: 'dist-h5/favicon.ico' }] : [],
      options: {},
    },
    mini: {
      // cloudfunctions/shared lives outside src: without this Taro would not run it through babel.
      compile: { include: [sharedDir, zodDir] },
      // Maps of the minified package, kept outside it (client/dist-maps/): the size test names the modules.
      enableSourceMap: true,
      sourceMapType: 'hidden-source-map',
      webpackChain(chain) {
        chain.plugin('sourceMapsBeside').use(SourceMapsBeside, [path.resolve(__dirname, '../dist-maps')]);
        // Absolute paths (the weapp platform plugin flattens them into one segment), so the size test can tell
        // an npm package from a file of ours.
        chain.output.devtoolModuleFilenameTemplate(
          (info: { absoluteResourcePath: string }) => info.absoluteResourcePath,
        );
        // Taro's alias of `react-dom` (a prefix, so it would also catch the exact name) goes after ours.
        chain.resolve.alias.delete('react-dom');
        chain.resolve.alias.set('react-dom$', reactDomForPreact).set('react-dom', 'preact/compat');
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // Every component styles its own block-element classes only, so the order in which pages pull shared
      // components' styles into common.wxss cannot change what applies (the same choice as in H5 below).
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      // Taro's React implementations of View, Text, Button, Input, Image, Picker and ScrollView instead of web
      // components: no custom-element registration and hydration before text shows (the notice's first screen
      // 0.1 of the one-page app's sooner), and only the components a page uses are in its chunk.
      useHtmlComponents: true,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedDir] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        chain.resolve.alias.set('@tarojs/plugin-framework-react', reactPluginDir);
        chain.entry('app').prepend(path.resolve(__dirname, '../src/early-launch.ts'));
        const layers = path.resolve(__dirname, '../src/styles/taro-components-layer.css');
        chain.resolve.alias
          .set(`${TARO_GLOBAL_CSS}$`, layers)
          .set('taro-global-original.css$', require.resolve(TARO_GLOBAL_CSS))
          .set('taro-components-react-original.css$', require.resolve(TARO_COMPONENTS_CSS));
        // Taro splits only the entry's chunks: every page chunk carried its own copy of zod and of Taro's
        // components. Splitting async chunks too puts each shared module in one chunk.
        chain.optimization.splitChunks({
          ...chain.optimization.get('splitChunks'),
          chunks: 'all',
          minSize: 20_000,
        });
        // Polyfills taro-h5 imports for browsers older than the browserslist targets (fetch since Chrome 42 and
        // iOS 10.3, AbortController since Chrome 66 and iOS 12.1): 31 KB of the first load that never run.
        chain.merge({
          resolve: {
            alias: {
              'whatwg-fetch': false,
              'abortcontroller-polyfill/dist/abortcontroller-polyfill-only': false,
              // Already in the layers file, imported with Taro's global.css.
              [`${TARO_COMPONENTS_CSS}$`]: false,
            },
          },
        });
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return config;
});
