// NutUI Input with its stylesheet (see Button.ts). Give every field a name for screen readers:
// <Input {...fieldProps('用户名')} /> (src/platform/a11y), or a visible label with <Field>.
import Input from '@nutui/nutui-react-taro/dist/esm/Input'
import '@nutui/nutui-react-taro/dist/esm/Input/style/css'

export { Input }
