import { startApp } from '../helpers/app'
import { describeInBrowser, docScreenshot } from '../helpers/browser'

jest.setTimeout(90_000)

// Monday 2026-11-23 10:00 in Shanghai: 太白社区's canteen station (07:00–14:00) is open.
const MONDAY_10AM = new Date('2026-11-23T10:00:00+08:00')
// A rider standing on 太白路 near the canteen (the browser reports WGS-84; the app converts).
const RIDER_WGS84 = { longitude: 121.784, latitude: 29.8815 }

describeInBrowser('H5: a rider finds the nearest open station with phone charging', (chromium) => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp(chromium)
    app.setNow(MONDAY_10AM)
  })
  afterAll(async () => {
    app.setNow(null)
    await app?.stop()
  })

  test('filters 手机充电 + 现在开放, opens the nearest station and sees its hours', async () => {
    const page = await app.phone({ geolocation: RIDER_WGS84 })
    await page.goto(app.url)
    await page.getByText('服务站点地图', { exact: true }).click()
    await page.getByText('按我的位置查找 · 由近到远').waitFor()

    // Facilities wait behind 筛选 (more than one row of them); 现在开放 is always in view.
    await page.getByRole('button', { name: '筛选' }).click()
    await page.getByRole('checkbox', { name: '手机充电' }).click()
    await page.getByRole('checkbox', { name: '现在开放' }).click()
    const list = page.getByRole('list', { name: '站点列表' })
    // Every listed station now says it is open and offers phone charging.
    await page.waitForFunction(() => document.querySelectorAll('[aria-checked="true"]').length === 2)
    await list.getByRole('listitem').first().waitFor()
    const cards = await list.getByRole('listitem').allInnerTexts()
    expect(cards.length).toBeGreaterThan(2)
    for (const card of cards) {
      expect(card).toContain('营业中')
      expect(card).toContain('手机充电')
    }
    // The pharmacy has no charging, so it is filtered out.
    expect(cards.join('\n')).not.toContain('同心药房')

    const nearest = list.getByRole('listitem').first()
    expect(await nearest.getAttribute('aria-label')).toBe('太白社区骑手驿站·延时餐厅')
    await nearest.click()
    const hours = page.getByRole('table', { name: '营业时间' })
    await hours.waitFor()
    await hours.getByText('周一', { exact: true }).waitFor()
    expect(await hours.innerText()).toContain('07:00–14:00、17:00–21:00')
    await page.getByText('延时餐厅营业至 14:00，骑手用餐 6.8 折', { exact: false }).waitFor()
    await page.getByLabel('站点码 DQ-01').waitFor()
    expect(app.errors).toEqual([])
  })

  test('the map view draws the stations offline, and a marker opens a card', async () => {
    const page = await app.phone({ geolocation: RIDER_WGS84 })
    await page.goto(`${app.url}#/subpackages/stations/index`)
    await page.getByRole('list', { name: '站点列表' }).getByRole('listitem').first().waitFor()
    await page.getByRole('button', { name: '地图' }).click()
    const map = page.getByRole('group', { name: '站点地图' })
    await map.waitFor()
    const pin = map.locator('g[aria-label="太白社区骑手驿站·延时餐厅"]')
    // Pins are a thumb's size (issue 25 §10: they were 17 px).
    expect((await pin.boundingBox())!.width).toBeGreaterThanOrEqual(40)
    await pin.click()
    await page.getByText('查看详情 ›', { exact: false }).waitFor()
    // The nearest under the map, in a sheet: a row selects its station.
    const sheet = page.getByRole('list', { name: '附近站点' })
    expect(await sheet.getByRole('listitem').count()).toBeGreaterThan(1)
    expect(app.errors).toEqual([])
  })

  test('without location, it falls back to the community centre, says so and offers 开启定位', async () => {
    const page = await app.phone()
    await page.goto(`${app.url}#/subpackages/stations/index`)
    await page.getByText('按灵峰工业社区查找 · 由近到远').waitFor()
    const first = page.getByRole('list', { name: '站点列表' }).getByRole('listitem').first()
    await first.waitFor()
    expect(await first.getAttribute('aria-label')).toBe('灵峰工业社区党群服务中心')
    // A clear banner with the way to turn location on, and every distance says where it is from.
    const banner = page.getByRole('region', { name: '定位未开启' })
    await banner.getByRole('button', { name: '开启定位' }).waitFor()
    expect(await first.innerText()).toContain('距社区中心')
    await docScreenshot(page, {
      path: 'docs/screenshots/25-9-location-off.png',
      scale: 'css',
      clip: { x: 0, y: 0, width: 390, height: 420 },
    })
  })

  test('a rider at 06:00: open stations first, riding time, e-bike charging on by default, a choice remembered', async () => {
    app.setNow(new Date('2026-11-23T06:00:00+08:00'))
    try {
      const page = await app.phone({ geolocation: RIDER_WGS84 })
      await page.context().route('https://uri.amap.com/**', (r) => r.fulfill({ body: 'map' }))
      await page.goto(`${app.url}#/pages/login/index`)
      await page.getByLabel('以骑手身份登录').click()
      await page.getByText('你好，骑手 王小哥').waitFor()

      // The journey, counted from home: directions to the nearest open station with e-bike charging.
      let taps = 0
      const tap = async (l: { click: () => Promise<void> }) => {
        taps++
        await l.click()
      }
      await tap(page.getByText('服务站点地图', { exact: true }))
      const list = page.getByRole('list', { name: '站点列表' })
      // A rider's first time: e-bike charging is already on (the rider's usual filter), next to 现在开放.
      await page.getByRole('checkbox', { name: '电动车充电/换电', checked: true }).waitFor()
      await page.waitForFunction(
        () =>
          !!document.querySelector('[aria-label="站点列表"] [role=listitem]') &&
          !document.querySelector('[aria-label="站点列表"]')?.textContent?.includes('同心药房'),
      )
      const cards = await list.getByRole('listitem').allInnerTexts()
      const open = cards.filter((c) => c.includes('营业中'))
      expect(open.length).toBeGreaterThan(0)
      // No closed station above an open one; a closed one is greyed and says when it opens.
      expect(cards.slice(0, open.length)).toEqual(open)
      const closed = cards.slice(open.length)
      expect(closed.length).toBeGreaterThan(0)
      for (const c of closed) expect(c).toMatch(/已关闭|临时闭站/)
      expect(closed.some((c) => / \d\d:\d\d 开门/.test(c))).toBe(true)
      for (const c of cards) {
        expect(c).toContain('电动车充电')
        expect(c).toContain('骑行约')
        expect(c).not.toContain('步行约')
        expect(c).not.toContain('今日 今日休息')
      }
      await docScreenshot(page, { path: 'docs/screenshots/25-2-rider-0600.png', scale: 'css' })

      await tap(list.getByRole('listitem').first())
      const popup = page.waitForEvent('popup')
      await tap(page.getByRole('button', { name: '导航' }))
      const map = await popup
      await map.waitForLoadState()
      expect(map.url()).toContain('uri.amap.com')
      // Was 6 (tile, 筛选, 电动车充电, 现在开放, the station, 导航), then 4 (tile, 电动车充电, the
      // station, 导航); with the rider's usual filter on from the start it is 3, the budget.
      expect(taps).toBeLessThanOrEqual(3)
      expect(taps).toBe(3)

      // A choice is remembered: turned off, it stays off next time (the default does not come back).
      await page.goto(app.url)
      await page.getByText('服务站点地图', { exact: true }).click()
      await page.getByRole('checkbox', { name: '电动车充电/换电', checked: true }).click()
      await page.getByRole('checkbox', { name: '电动车充电/换电', checked: false }).waitFor()
      await page.goto(app.url)
      await page.getByText('服务站点地图', { exact: true }).click()
      await list.getByRole('listitem').first().waitFor()
      await page.getByRole('checkbox', { name: '电动车充电/换电', checked: false }).waitFor()
    } finally {
      app.setNow(MONDAY_10AM)
    }
    expect(app.errors).toEqual([])
  })

  test('an admin creates a station from the form, and the next rider nearby finds it first', async () => {
    const admin = await app.phone({ geolocation: RIDER_WGS84 })
    await admin.goto(`${app.url}#/pages/login/index`)
    await admin.getByLabel('以管理员身份登录').click()
    await admin.getByText('你好，', { exact: false }).waitFor()
    await admin.goto(`${app.url}#/pages/mine/index`)
    await admin.getByText('站点管理（新建、反馈、导入导出）').click()
    await admin.getByRole('button', { name: '新建站点' }).click()

    await admin.locator('[name=code] input').fill('TB-NEW')
    await admin.locator('[name=name] input').fill('太白路新建骑手驿站')
    await admin.getByRole('radio', { name: '红领驿站' }).click()
    await admin.locator('[name=address] input').fill('北仑区太白路 99 号')
    await admin.getByRole('button', { name: '用当前位置' }).click()
    await admin.waitForFunction(() => (document.querySelector('[name=lng] input') as HTMLInputElement)?.value !== '')
    await admin.getByRole('radio', { name: '是', exact: true }).click() // 24 小时开放
    await admin.getByRole('checkbox', { name: '手机充电' }).click()
    await admin.getByRole('checkbox', { name: '热水' }).click()
    await admin.getByRole('button', { name: '创建站点' }).click()
    await admin.getByText('太白路新建骑手驿站').first().waitFor()
    await admin.getByLabel('站点码 TB-NEW').waitFor()

    // A bad form changes nothing: the same code again is refused in Chinese.
    await admin.goto(`${app.url}#/subpackages/stations/edit`)
    await admin.locator('[name=code] input').fill('TB-NEW')
    await admin.locator('[name=name] input').fill('重复编码的站')
    await admin.locator('[name=address] input').fill('北仑区太白路 100 号')
    await admin.locator('[name=lng] input').fill('121.78')
    await admin.locator('[name=lat] input').fill('29.88')
    await admin.getByRole('button', { name: '创建站点' }).click()
    await admin.getByText('站点编码 TB-NEW 已被其他站点使用', { exact: false }).waitFor()
    expect(await app.db.selectFrom('stations').select('name').where('code', '=', 'TB-NEW').execute()).toEqual([
      { name: '太白路新建骑手驿站' },
    ])

    // Standing where it was created, a rider sees it first, open, with its facilities.
    const rider = await app.phone({ geolocation: RIDER_WGS84 })
    await rider.goto(`${app.url}#/subpackages/stations/index`)
    const first = rider.getByRole('list', { name: '站点列表' }).getByRole('listitem').first()
    await first.waitFor()
    expect(await first.getAttribute('aria-label')).toBe('太白路新建骑手驿站')
    const card = await first.innerText()
    expect(card).toContain('24h')
    expect(card).toContain('手机充电')
    expect(app.errors).toEqual([])
  })
})
