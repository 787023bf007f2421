// Compiles a built mini-program the way WeChat DevTools would and runs WeChat's code-quality scan, offline,
// and lists every file the scan counts with its package.
// Usage: node tests/weapp/check-code-quality.cjs <miniprogram dir>. Prints one JSON line on stdout.
// miniprogram-ci leaves a file watcher running, so this runs in its own process and exits explicitly.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const APPID = 'wx0000000000000000';

async function main() {
  const source = path.resolve(process.argv[2] || 'client/dist');
  const projectPath = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-ci-'));
  fs.cpSync(source, projectPath, { recursive: true });
  // miniprogram-ci drops cache folders into the working directory; keep them inside the temp project.
  process.chdir(projectPath);
  fs.writeFileSync(
    path.join(projectPath, 'project.config.json'),
    JSON.stringify({
      appid: APPID,
      compileType: 'miniprogram',
      projectname: 'union-study',
      libVersion: '3.0.0',
      // Upload settings that WeChat's scan reads from project.config.json (the JS_/WXML_/WXSS_COMPRESS_OPEN
      // items): DevTools minifies on upload only when they are on.
      setting: {
        es6: false,
        enhance: false,
        postcss: false,
        minified: true,
        minifyWXML: true,
        minifyWXSS: true,
      },
    }),
  );

  // Keep the tool quiet on stdout: only our JSON line goes there.
  const log = console.log;
  console.log = (...args) => console.error(...args);
  const ci = require('miniprogram-ci');
  const project = new ci.Project({
    appid: APPID,
    type: 'miniProgram',
    projectPath,
    privateKey: 'x',
    ignores: ['node_modules/**/*'],
  });
  // Without network or a real key, project attributes must come from here instead of WeChat's servers.
  project.attr = async () => ({
    platform: false,
    appType: 0,
    gameApp: false,
    isSandbox: false,
    released: false,
    setting: {},
  });

  const output = { projectPath, compile: { ok: false, error: null }, quality: [], files: [] };
  try {
    await ci.getCompiledResult({ project, desc: 'code quality check', setting: { useProjectConfig: true } });
    output.compile.ok = true;
  } catch (error) {
    output.compile.error = String((error && error.stack) || error);
  }
  const quality = await ci.checkCodeQuality(project);
  output.quality = quality.map(({ name, success, text, detail, docURL }) => ({
    name,
    success,
    text,
    detail,
    docURL,
  }));
  const { files } = await ci.analyseCode(project);
  output.files = files.map(({ path: file, size, subPackage }) => ({ path: file, size, subPackage }));
  console.log = log;
  console.log(JSON.stringify(output));
  fs.rmSync(projectPath, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
