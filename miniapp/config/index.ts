import path from 'node:path';
import { defineConfig } from '@tarojs/cli';

/**
 * One codebase, two targets: `taro build --type weapp` (WeChat) and `--type h5` (any phone browser,
 * served by the API server at /app/ with hash routes: /app/#/pages/station/index?code=…).
 * Styles are written in px for a 375-wide design: weapp turns them into rpx, H5 keeps px (no
 * inline rem script, which the server's CSP would refuse).
 */
export default defineConfig<'webpack5'>(async () => ({
  projectName: 'gig-mediation',
  designWidth: 375,
  deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: `dist/${process.env.TARO_ENV}`,
  plugins: [],
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  alias: { '@gig/shared': path.resolve(__dirname, '../../shared/src/index.ts') },
  // Build-time settings for the WeChat build (H5 talks to its own origin):
  // MINIAPP_API_BASE=https://your-api-host MINIAPP_WECHAT_TEMPLATE_ID=… npm run build -w miniapp
  defineConstants: {
    API_BASE: JSON.stringify(process.env.MINIAPP_API_BASE ?? ''),
    WECHAT_TEMPLATE_ID: JSON.stringify(process.env.MINIAPP_WECHAT_TEMPLATE_ID ?? ''),
  },
  mini: {
    // The shared contract is TypeScript source outside src/: compile it too.
    compile: { include: [path.resolve(__dirname, '../../shared/src')] },
    postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } },
  },
  h5: {
    compile: { include: [path.resolve(__dirname, '../../shared/src')] },
    publicPath: '/app/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    // Images (the tab bar's icons) as files with hashed names, not inlined into app.js as base64:
    // the first load of a station's QR address fetches only the four grey icons the hidden tab bar
    // draws (as PNG, smaller than their base64), the blue ones when a tab opens. (`limit: true`
    // is Taro's "inline nothing".)
    imageUrlLoaderOption: { limit: true, name: 'static/images/[name].[contenthash:8][ext]' },
    output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
    miniCssExtractPluginOption: {
      ignoreOrder: true,
      filename: 'css/[name].[hash].css',
      chunkFilename: 'css/[name].[chunkhash].css',
    },
    postcss: {
      pxtransform: { enable: false, config: {} },
      autoprefixer: { enable: true, config: {} },
      cssModules: { enable: false },
    },
    // Taro splits only the initial chunks, so every page chunk carried its own copy of the Taro
    // components (about 150 KiB each). Splitting the async page chunks too shares that code.
    webpackChain(chain) {
      chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all' });
    },
  },
}));
