// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// H5 runs in WeChat's in-app browser (Chromium-based XWeb) and phone browsers of the last few
// years: no need to ship ES5 (regenerator, class and spread helpers cost ~15% of the first screen).
// weapp keeps Taro's default targets (WeChat's own compiler and older base libraries).
const h5Targets = { chrome: '80', ios: '13', safari: '13' }

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(process.env.TARO_ENV === 'h5' ? { targets: h5Targets } : {}),
      },
    ],
  ],
}
