// NutUI Tag with its stylesheet (see Button.ts).
import Tag from '@nutui/nutui-react-taro/dist/esm/Tag'
import '@nutui/nutui-react-taro/dist/esm/Tag/style/css'

export { Tag }
