import type { Page } from 'playwright-core'
import { startApp } from '../helpers/app'
import { describeInBrowser } from '../helpers/browser'

jest.setTimeout(120_000)

describeInBrowser('H5: an admin creates a department account; its holder changes the password first', (chromium) => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp(chromium)
  })
  afterAll(async () => {
    await app?.stop()
  })

  async function staffSignIn(page: Page, username: string, password: string) {
    await page.goto(`${app.url}#/pages/login/index`)
    await page.locator('[name=username] input').fill(username)
    await page.locator('[name=password] input').fill(password)
    await page.getByRole('button', { name: '登录', exact: true }).click()
  }

  test('北仑区人社局 gets a member who must change the one-time password, then sees the department (no work yet)', async () => {
    const admin = await app.phone()
    await admin.goto(`${app.url}#/pages/login/index`)
    await admin.getByLabel('以管理员身份登录').click()
    await admin.getByText('你好，', { exact: false }).waitFor()
    await admin.goto(`${app.url}#/pages/mine/index`)
    await admin.getByText('管理后台（账号、社区、企业、审计）').click()
    await admin.getByRole('button', { name: '新建工作人员账号' }).click()

    await admin.locator('[name=username] input').fill('rsj_zhou')
    await admin.locator('[name=displayName] input').fill('周科员')
    await admin.locator('[name=phone] input').fill('13955551234')
    await admin.getByRole('radio', { name: '部门', exact: true }).click()
    await admin.getByRole('radio', { name: '北仑区人力资源和社会保障局' }).click()
    await admin.getByRole('button', { name: '创建账号' }).click()
    const shown = admin.getByRole('status', { name: '一次性密码' })
    await shown.waitFor()
    const label = await shown.getByLabel(/^一次性密码 /).getAttribute('aria-label')
    const oneTimePassword = label!.replace('一次性密码 ', '')
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)

    // The holder signs in with it and can go nowhere but the change of password.
    const holder = await app.phone()
    await staffSignIn(holder, 'rsj_zhou', oneTimePassword)
    await holder.waitForURL(/#\/subpackages\/user\/password/)
    await holder.getByRole('button', { name: '确认修改' }).waitFor()
    await holder.goto(`${app.url}#/subpackages/admin/department`)
    await holder.waitForURL(/#\/subpackages\/user\/password/)
    const change = holder.getByRole('button', { name: '确认修改' })
    await change.waitFor()

    await holder.locator('[name=current] input').fill(oneTimePassword)
    await holder.locator('[name=next] input').fill('1234567890')
    await holder.locator('[name=again] input').fill('1234567890')
    await change.click()
    await holder.getByText('这个密码太常见，容易被猜中，请换一个').waitFor()

    await holder.locator('[name=next] input').fill('beilun-rsj-2026')
    await holder.locator('[name=again] input').fill('beilun-rsj-2026')
    await change.click()
    await holder.getByText('密码已修改，其他设备需重新登录').waitFor()
    await holder.goto(`${app.url}#/pages/mine/index`)
    await holder.getByText('部门工作台 · 北仑区人力资源和社会保障局').click()
    await holder.getByRole('heading', { name: '北仑区人力资源和社会保障局' }).waitFor()
    const work = holder.getByRole('region', { name: '派给本部门的诉求' })
    await work.getByText('暂无派单', { exact: false }).waitFor()
    const members = holder.getByRole('list', { name: '部门成员' })
    await members.getByText('周科员').waitFor()
    // Colleagues' phones are masked.
    expect(await members.innerText()).toContain('139****1234')
    expect(await holder.content()).not.toContain('13955551234')

    // The admin sees the account as created and its password changed, in the audit log.
    await admin.goto(`${app.url}#/subpackages/admin/audit`)
    const log = admin.getByRole('list', { name: '审计记录' })
    await log.getByText('修改密码 · 用户 周科员', { exact: false }).waitFor()
    await log.getByText('创建工作人员账号 · 用户 周科员', { exact: false }).waitFor()
    expect(app.errors).toEqual([])
  })
})
