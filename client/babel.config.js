// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [['taro', { framework: 'preact', ts: true, compiler: 'webpack5' }]],
  // Source maps name the files webpack bundled, not the TypeScript that packages' own maps point to: the size
  // test attributes the main package's bytes to npm packages and our modules through them.
  inputSourceMap: false,
};
