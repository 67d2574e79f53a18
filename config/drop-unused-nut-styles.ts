import postcss from 'postcss'

/**
 * NutUI's component sheets carry every variant (button types success/info/warning, sizes
 * xlarge/large/mini, dashed fills, right-to-left layouts). The app uses few of them (src/ui/Button
 * limits its props to those), and each unused rule is paid in every package that loads the sheet
 * — the weapp main package first. This webpack plugin drops, from emitted .wxss/.css, the rules
 * whose every selector names only such a variant (and the keyframes only those used).
 */
const UNUSED =
  /\.nut-button-(?:success|info|warning|xlarge|large|mini|dashed)\b|\.nut-rtl\b|\[dir=["']?rtl["']?\]|\.nut-icon-am-/
/**
 * NutUI icons' opt-in animations (className nut-icon-am-jump, …-shake …: the app names none) and
 * their keyframes; `rotation`, which the Loading icon spins with, stays.
 */
const UNUSED_KEYFRAMES = /^nut(?:Jump|JumpOne|Blink|Breathe|Flash|Bounce|Shake)$/

export class DropUnusedNutStyles {
  apply(compiler: any) {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('DropUnusedNutStyles', (compilation: any) => {
      compilation.hooks.processAssets.tap(
        { name: 'DropUnusedNutStyles', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        (assets: Record<string, any>) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(wxss|css)$/.test(name)) continue
            const root = postcss.parse(assets[name].source().toString())
            let dropped = 0
            root.walkAtRules('keyframes', (rule) => {
              if (UNUSED_KEYFRAMES.test(rule.params.trim())) {
                rule.remove()
                dropped++
              }
            })
            root.walkRules((rule) => {
              if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as any).name)) return
              if (rule.selectors.every((s) => UNUSED.test(s))) {
                rule.remove()
                dropped++
              }
            })
            if (dropped) compilation.updateAsset(name, new sources.RawSource(root.toString()))
          }
        },
      )
    })
  }
}
