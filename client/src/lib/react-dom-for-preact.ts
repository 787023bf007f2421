/**
 * `react-dom` of the mini-program build, which runs on Preact. Taro 4.2.1 mounts the app with
 * `ReactDOM.createRoot` because preact/compat reports React's version 18, but outside H5 it imports `react-dom`
 * (preact/compat, which has no createRoot) instead of `react-dom/client` (NervJS/taro#17641). Delete this file
 * and its alias in config/index.ts once Taro imports `react-dom/client` for mini-programs too.
 */
import * as compat from 'preact/compat';
import { createRoot } from 'preact/compat/client';

// Only the default export: Taro's app loader is the one importer of `react-dom` in this build.
export default { ...compat, createRoot };
