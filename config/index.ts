import path from 'node:path'
import zlib from 'node:zlib'
import { defineConfig } from '@tarojs/cli'
import CompressionPlugin from 'compression-webpack-plugin'
import { DropUnusedNutStyles } from './drop-unused-nut-styles'

const REG_NODE_MODULES = /[\\/]node_modules[\\/]/
/** Taro's runtime, React and its DOM renderer: every page needs them, so they load with the app. */
const REG_FRAMEWORK = /[\\/]node_modules[\\/](@tarojs|react|react-dom|scheduler)[\\/]/

/**
 * H5 chunks: the framework loads with the entry. Code that two or more pages use (libraries such
 * as zod and NutUI; our contract, services and components) goes into common chunks, one per set
 * of pages sharing it, so a page downloads what it uses once and nothing it doesn't (one big
 * common chunk would put the forms' pickers and inputs on the home page's first screen).
 */
const h5SplitChunks = {
  chunks: 'all' as const,
  // Below ~10 KB a shared piece stays in the pages that use it: one more request costs a slow
  // phone more than a few duplicated KB.
  minSize: 10_000,
  cacheGroups: {
    default: false as const,
    defaultVendors: false as const,
    framework: { name: 'framework', test: REG_FRAMEWORK, chunks: 'initial' as const, priority: 40, enforce: true },
    lib: { test: REG_NODE_MODULES, chunks: 'async' as const, minChunks: 2, priority: 30, reuseExistingChunk: true },
    shared: { chunks: 'async' as const, minChunks: 2, priority: 20, reuseExistingChunk: true },
  },
}

// One Taro config for weapp and H5. Platform differences live in x.weapp.ts / x.h5.ts files.
export default defineConfig<'webpack5'>(async (merge) => {
  const base = {
    projectName: 'lianshe',
    date: '2026-11-22',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    // Build-time settings read by the client (process.env.X is replaced at build time).
    env: {
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // H5: Taro's terser defaults keep every function name and quote every object key (for old
    // browsers); our H5 targets don't need either, and they cost ~8% of the first screen.
    ...(process.env.TARO_ENV === 'h5'
      ? {
          terser: {
            enable: true,
            config: {
              ecma: 2020,
              keep_fnames: false,
              compress: { passes: 2 },
              output: { keep_quoted_props: false, quote_keys: false },
            },
          },
        }
      : {
          // Mini programs: Taro's defaults escape every non-ASCII character (\u8bf7, 6 bytes for a
          // character UTF-8 writes in 3); WeChat reads UTF-8 sources, so the Chinese texts are
          // written as they are (~8 KB of the main package). Taro's other settings are kept.
          terser: { enable: true, config: { output: { ascii_only: false } } },
        }),
    mini: {
      // The shared contract lives outside src/ and must be compiled like src/.
      compile: { include: [path.resolve(__dirname, '..', 'contract')] },
      postcss: {
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
        cssModules: { enable: false },
      },
      optimizeMainPackage: { enable: true },
      webpackChain(chain: any) {
        chain.plugin('dropUnusedNutStyles').use(DropUnusedNutStyles)
      },
    },
    h5: {
      compile: { include: [path.resolve(__dirname, '..', 'contract')] },
      publicPath: '/',
      staticDirectory: 'static',
      // Content-hashed names: the gateway serves them cache-forever; index.html is revalidated.
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'chunk/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      imageUrlLoaderOption: { name: 'static/images/[name].[contenthash:8][ext]' },
      // H5_SOURCEMAP=1 npm run build:h5: source maps, to see what each chunk is made of.
      enableSourceMap: process.env.H5_SOURCEMAP === '1',
      sourceMapType: 'source-map',
      webpackChain(chain: any) {
        // Taro splits initial chunks only, so every page chunk carried its own zod, contract and
        // NutUI (~200 KB each). Shared code goes into common chunks that pages load in parallel.
        chain.optimization.splitChunks(h5SplitChunks)
        chain.plugin('dropUnusedNutStyles').use(DropUnusedNutStyles)
        // Prebuilt .br and .gz next to each asset: the gateway sends them as they are
        // (@fastify/static preCompressed), no compression work per request.
        const compressible = /\.(js|css|html|svg|json)$/
        chain
          .plugin('gzip')
          .use(CompressionPlugin, [
            { test: compressible, algorithm: 'gzip', compressionOptions: { level: 9 }, threshold: 1024, minRatio: 0.9 },
          ])
        chain.plugin('brotli').use(CompressionPlugin, [
          {
            test: compressible,
            algorithm: 'brotliCompress',
            filename: '[path][base].br',
            compressionOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } },
            threshold: 1024,
            minRatio: 0.9,
          },
        ])
      },
      router: { mode: 'hash' },
      esnextModules: ['nutui-react'],
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
        cssModules: { enable: false },
      },
    },
  }
  return merge({}, base, process.env.NODE_ENV === 'development' ? { env: { NODE_ENV: '"development"' } } : {})
})
