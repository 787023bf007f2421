import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The yardstick of the size budget: a one-page Taro React app as `taro init` makes it (default config, the
 * default template's browserslist), one View, Text and Button with useState, built by the same Taro. It lives
 * under client/ so it resolves the packages the client has installed.
 */
const appDir = path.resolve(__dirname, '../../client/.size-reference');

const files: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'size-reference',
    private: true,
    browserslist: ['defaults and fully supports es6-module', 'maintained node versions'],
  }),
  'babel.config.js': `module.exports = { presets: [['taro', { framework: 'react', ts: false, compiler: 'webpack5' }]] };\n`,
  'config/index.js': `const { defineConfig } = require('@tarojs/cli');
module.exports = defineConfig({
  projectName: 'size-reference',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist',
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  mini: { postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } } },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    // Only so taro-h5 (hoisted to the root node_modules) finds the React plugin installed under client/,
    // as client/config does for the product.
    webpackChain(chain) {
      chain.resolve.alias.set(
        '@tarojs/plugin-framework-react',
        require('path').dirname(require.resolve('@tarojs/plugin-framework-react/package.json')),
      );
    },
  },
});
`,
  'src/app.config.js': `export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: 'WeChat', navigationBarBackgroundColor: '#fff', navigationBarTextStyle: 'black' },
});
`,
  'src/app.js': `import { useLaunch } from '@tarojs/taro';
import './app.css';

export default function App({ children }) {
  useLaunch(() => console.log('App launched.'));
  return children;
}
`,
  'src/app.css': '',
  'src/index.html': `<!DOCTYPE html>
<html>
<head>
  <meta content="text/html; charset=utf-8" http-equiv="Content-Type">
  <meta content="width=device-width,initial-scale=1,user-scalable=no" name="viewport">
  <title>size-reference</title>
  <script><%= htmlWebpackPlugin.options.script %></script>
</head>
<body>
  <div id="app"></div>
</body>
</html>
`,
  'src/pages/index/index.config.js': `export default definePageConfig({ navigationBarTitleText: '首页' });\n`,
  'src/pages/index/index.jsx': `import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';

export default function Index() {
  const [count, setCount] = useState(0);
  return (
    <View className='index'>
      <Text>Hello world! {count}</Text>
      <Button onClick={() => setCount(count + 1)}>+1</Button>
    </View>
  );
}
`,
};

/** Writes the app afresh, builds it for WeChat (or H5, beside it) and returns the build's folder. */
export function buildOnePageApp(type: 'weapp' | 'h5' = 'weapp'): string {
  if (type === 'weapp') rmSync(appDir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    writeFileSync(path.join(appDir, file), content);
  }
  execFileSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', type], {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: 'production', TARO_ENV: type },
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
  return path.join(appDir, type === 'h5' ? 'dist-h5' : 'dist');
}
